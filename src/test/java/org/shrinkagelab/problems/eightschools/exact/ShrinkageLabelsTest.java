package org.shrinkagelab.problems.eightschools.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.charts.RightPaddedAxis;
import org.shrinkagelab.data.DataFormatException;
import org.shrinkagelab.data.EightSchoolsData;
import org.shrinkagelab.engine.JobContext;

/** A user's school names are drawn whole at the right end of the shrinkage curves, and axes say the data's unit. */
class ShrinkageLabelsTest {
    private static final String FIVE = "school,effect,stderr\nNorth,12,8\nSouth,-3,10\nEast,25,12\nWest,5,9\n"
            + "Centre,8,11\n";

    private static EightSchoolsExactFigures drawn(EightSchoolsData data) {
        EightSchoolsExactFigures f = new EightSchoolsExactFigures(data.schools(), data.unit());
        f.update(new EightSchoolsExactCalculator(data).compute(new EightSchoolsExactProblem(data).defaults(),
                JobContext.none()));
        return f;
    }

    @Test
    void everySchoolNameIsDrawnWholeInsideThePlot() throws DataFormatException {
        EightSchoolsData data = EightSchoolsData.parse("five.csv", FIVE);
        EightSchoolsExactFigures f = drawn(data);
        for (int width : new int[] {480, 640, 1200}) {
            BufferedImage image = new BufferedImage(width, 420, BufferedImage.TYPE_INT_RGB);
            ChartRenderingInfo info = new ChartRenderingInfo();
            Graphics2D g2 = image.createGraphics();
            f.shrinkageFigure().chart().draw(g2, new Rectangle2D.Double(0, 0, width, 420), info);
            g2.dispose();
            Rectangle2D area = info.getPlotInfo().getDataArea();
            double rightEnd = f.shrinkageFigure().plot().getDomainAxis().getUpperBound();
            double labelStart = f.shrinkageFigure().plot().getDomainAxis().valueToJava2D(rightEnd, area,
                    org.jfree.chart.ui.RectangleEdge.BOTTOM);
            Font font = new Font(Font.SANS_SERIF, Font.BOLD, 12);
            for (int s = 0; s < data.size(); s++) {
                double needed = RightPaddedAxis.textWidth(data.schools().get(s), font);
                assertTrue(labelStart + needed < area.getMaxX(), width + " px: " + data.schools().get(s)
                        + " needs " + needed + " px from " + labelStart + ", the plot ends at " + area.getMaxX());
            }
            // and the pixels agree: the widest name's colour reaches past 80% of its measured width
            int north = ((Color) f.shrinkageFigure().renderer().getSeriesPaint(0)).getRGB();
            int y0 = (int) area.getMinY();
            int rightmost = -1;
            for (int x = (int) labelStart; x < (int) area.getMaxX(); x++) {
                for (int y = y0; y < (int) area.getMaxY(); y++) {
                    if (image.getRGB(x, y) == north) {
                        rightmost = Math.max(rightmost, x);
                    }
                }
            }
            assertTrue(rightmost > labelStart + 0.8 * RightPaddedAxis.textWidth("North", font),
                    width + " px: North drawn up to x = " + rightmost + " from " + labelStart);
        }
    }

    @Test
    void axesNameTheFilesUnitOrANeutralEffect() throws DataFormatException {
        assertEquals("τ (SAT points)", drawn(EightSchoolsData.bundled()).shrinkageFigure().plot().getDomainAxis()
                .getLabel());
        EightSchoolsData plain = EightSchoolsData.parse("five.csv", FIVE);
        assertEquals("effect", plain.unit());
        EightSchoolsExactFigures f = drawn(plain);
        assertEquals("E[θₛ | τ, X] (effect)", f.shrinkageFigure().plot().getRangeAxis().getLabel());
        assertTrue(f.forestFigure().plot().getDomainAxis().getLabel().startsWith("θₛ (effect)"));
        EightSchoolsData mmHg = EightSchoolsData.parse("bp.csv",
                "school,effect,stderr,unit\nA,-5,2,mmHg\nB,-8,3,mmHg\n");
        f.update(new EightSchoolsExactCalculator(mmHg).compute(new EightSchoolsExactProblem(mmHg).defaults(),
                JobContext.none()));
        assertEquals("τ (mmHg)", f.tauFigure().plot().getDomainAxis().getLabel());
        assertEquals("θₛ (mmHg)", f.histogramFigure().plot().getDomainAxis().getLabel());
    }

    @Test
    void aUnitColumnMustHoldOneValue() {
        DataFormatException e = org.junit.jupiter.api.Assertions.assertThrows(DataFormatException.class,
                () -> EightSchoolsData.parse("bp.csv", "school,effect,stderr,unit\nA,-5,2,mmHg\nB,-8,3,kPa\n"));
        assertTrue(e.getMessage().contains("line 3, column 'unit'"), e.getMessage());
    }
}
