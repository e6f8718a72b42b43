package org.shrinkagelab.problems.hemophilia;

import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.charts.LineFigure;

/** The posterior and the predictive probability against the number of sons observed. */
public final class HemophiliaFigures {
    private final LineFigure posterior = new LineFigure("Carrier posterior as sons are observed",
            "number of sons observed", "probability");

    /** Creates the figure with a fixed probability axis. */
    public HemophiliaFigures() {
        NumberAxis y = (NumberAxis) posterior.plot().getRangeAxis();
        y.setRange(0, 1.05);
        NumberAxis x = (NumberAxis) posterior.plot().getDomainAxis();
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        for (int i = 0; i < 2; i++) {
            posterior.renderer().setSeriesShapesVisible(i, true);
            posterior.renderer().setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
        }
    }

    /** Every figure, named for export. */
    public List<Figure> figures() {
        return List.of(new Figure("hemophilia-posterior", posterior.chart()));
    }

    /** The posterior figure, for tests. */
    public LineFigure posterior() {
        return posterior;
    }

    /** Shows the sequence; rows whose evidence is 0 are left out (they have no posterior). */
    public void update(List<HemophiliaStep> steps) {
        List<HemophiliaStep> possible = steps.stream().filter(s -> !s.impossible()).toList();
        double[] n = new double[possible.size()];
        double[] post = new double[possible.size()];
        double[] pred = new double[possible.size()];
        for (int i = 0; i < n.length; i++) {
            HemophiliaStep s = possible.get(i);
            n[i] = s.sons();
            post[i] = s.posterior().doubleValue();
            pred[i] = s.predictive().doubleValue();
        }
        posterior.setLine(0, "P(carrier | sons)", n, post);
        posterior.setLine(1, "P(next son affected | sons)", n, pred);
        NumberAxis x = (NumberAxis) posterior.plot().getDomainAxis();
        x.setRange(-0.3, Math.max(3, steps.size() - 1) + 0.3);
    }
}
