package org.shrinkagelab.problems.eightschools.exact;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.problems.Settings;

/**
 * What a slider move costs as the user sees it, for {@code bench}: recompute, update the tab's figures
 * in place and draw the charts of one page into an offscreen image, each at the size the tab gives it
 * in the default window (1320 x 860, the settings column 400 wide: a chart area of about 920 x 740
 * under the tab headers, each chart below its 28-pixel save bar). Drawing is JFreeChart's own
 * {@code draw}, collecting rendering info and entities as the on-screen canvas does at every draw; no
 * JavaFX is needed.
 */
final class ExactTabRedraw {
    /** A chart of a page and the size it is drawn at. */
    private record Placed(String suffix, int width, int height) {
    }

    /** The tab's pages as laid out by {@link EightSchoolsExactTab} (grid gaps and split dividers included). */
    enum Page {
        /** "Posterior of τ": a 2 x 2 grid (gap 6), the p(μ | τ²) chart across the lower row. */
        TAU(new Placed("-tau2-posterior", 451, 333), new Placed("-tau-posterior", 451, 333),
                new Placed("-mu-given-tau2", 908, 333)),
        /** "Shrinkage": the shrinkage chart and the forest at the marker, divided at 0.6. */
        SHRINKAGE(new Placed("-shrinkage", 550, 712), new Placed("-forest-at-tau", 364, 712)),
        /** "Schools and pooling": the histograms, divided at 0.4 from the table over the pooling forest. */
        SCHOOLS(new Placed("-ancestral-histograms", 364, 712), new Placed("-pooling-comparison", 550, 436));

        private final List<Placed> charts;

        Page(Placed... charts) {
            this.charts = List.of(charts);
        }
    }

    private final EightSchoolsExactProblem problem;
    private final EightSchoolsExactFigures figures;
    private final BufferedImage screen = new BufferedImage(920, 740, BufferedImage.TYPE_INT_RGB);

    /** The figures of the problem's data, built once as the tab builds them. */
    ExactTabRedraw(EightSchoolsExactProblem problem) {
        this.problem = problem;
        this.figures = new EightSchoolsExactFigures(problem.data().schools(), problem.data().unit());
    }

    /** One slider move: the whole recomputation (a fresh calculator, as the {@code full} case), then the page drawn. */
    void move(Settings settings, Page page, JobContext context) {
        figures.update(new EightSchoolsExactCalculator(problem.data()).compute(settings, context));
        draw(page);
    }

    private void draw(Page page) {
        Graphics2D g2 = screen.createGraphics();
        try {
            for (Placed p : page.charts) {
                chart(p.suffix()).draw(g2, new Rectangle2D.Double(0, 0, p.width(), p.height()), null,
                        new ChartRenderingInfo());
            }
        } finally {
            g2.dispose();
        }
    }

    private JFreeChart chart(String suffix) {
        String name = EightSchoolsExactProblem.ID + suffix;
        return figures.all().stream().filter(f -> f.name().equals(name)).map(Figure::chart).findFirst()
                .orElseThrow();
    }
}
