package org.shrinkagelab.ui;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * A tab's numbers panel: a caption column and one or more value columns, whose value labels carry
 * node ids (tests look them up) and show "…" until the first result arrives.
 */
public final class NumbersGrid extends GridPane {
    /** Inline style of value labels in bold monospace. */
    public static final String BOLD_MONOSPACE = "-fx-font-weight: bold; -fx-font-family: monospace;";
    /** Inline style of value labels in plain monospace. */
    public static final String MONOSPACE = "-fx-font-family: monospace;";

    private final Consumer<Label> valueStyle;

    /** Creates an empty grid whose value labels get the given inline style. */
    public NumbersGrid(double hgap, double vgap, String valueStyle) {
        this(hgap, vgap, l -> l.setStyle(valueStyle));
    }

    /** Creates an empty grid whose value labels are styled by valueStyle. */
    public NumbersGrid(double hgap, double vgap, Consumer<Label> valueStyle) {
        this.valueStyle = valueStyle;
        setHgap(hgap);
        setVgap(vgap);
    }

    /** Adds a row under the last one, a caption and a value label with the id, and returns the value label. */
    public Label addRow(String caption, String id) {
        Label value = value(id);
        addRow(getRowCount(), new Label(caption), value);
        return value;
    }

    /** A value label with the id, styled as this grid's values and not yet placed, for rows of several values. */
    public Label value(String id) {
        Label l = new Label("…");
        l.setId(id);
        valueStyle.accept(l);
        return l;
    }

    /** Shows text in the value label with the id. */
    public void set(String id, String text) {
        for (Node n : getChildren()) {
            if (id.equals(n.getId())) {
                ((Label) n).setText(text);
                return;
            }
        }
        throw new IllegalArgumentException("No number with id " + id);
    }

    /** An empty wrapping label with the id, for notes under a numbers panel. */
    public static Label note(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        return l;
    }

    /** The value with four decimals, as the numbers panels show estimates. */
    public static String fourDecimals(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
