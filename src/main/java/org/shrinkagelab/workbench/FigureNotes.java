package org.shrinkagelab.workbench;

import java.awt.Font;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.shrinkagelab.charts.ChartStyle;

/**
 * The two lines under every workbench figure's title: a note (what was run, key numbers) and a red
 * warning (such as "incomplete"), shared by a problem's own figures and the workbench's.
 */
public final class FigureNotes {
    private static final Font NOTE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font WARNING_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);

    private final Map<JFreeChart, TextTitle> notes = new IdentityHashMap<>();
    private final Map<JFreeChart, TextTitle> warnings = new IdentityHashMap<>();

    /** Adds the note and the warning line, both empty, under the chart's title. */
    public void attach(JFreeChart chart) {
        TextTitle note = new TextTitle("", NOTE_FONT);
        TextTitle warning = new TextTitle("", WARNING_FONT);
        warning.setPaint(ChartStyle.WARNING);
        chart.addSubtitle(note);
        chart.addSubtitle(warning);
        notes.put(chart, note);
        warnings.put(chart, warning);
    }

    /** Sets a chart's note. */
    public void note(JFreeChart chart, String text) {
        notes.get(chart).setText(text);
    }

    /** Sets a chart's warning line; null or empty for none. */
    public void warning(JFreeChart chart, String text) {
        warnings.get(chart).setText(text == null ? "" : text);
    }

    /** A chart's note. */
    public String noteOf(JFreeChart chart) {
        return notes.get(chart).getText();
    }

    /** A chart's warning line, empty when none. */
    public String warningOf(JFreeChart chart) {
        return warnings.get(chart).getText();
    }
}
