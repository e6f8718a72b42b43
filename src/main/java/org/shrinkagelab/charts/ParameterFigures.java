package org.shrinkagelab.charts;

import java.util.List;
import org.shrinkagelab.engine.sample.Draws;

/**
 * The trace, rank, density and autocorrelation of one parameter of a fit, redrawn together: the workbench's
 * Parameter view on screen and in export.
 */
public final class ParameterFigures {
    private final ParameterTraceFigure trace = new ParameterTraceFigure();
    private final RankFigure rank = new RankFigure();
    private final MarginalDensityFigure density = new MarginalDensityFigure();
    private final AutocorrelationFigure autocorrelation = new AutocorrelationFigure();
    private final List<Figure> figures;

    /** Creates the empty figures, named {@code <prefix>-trace}, {@code -rank}, {@code -density}, {@code -autocorrelation}. */
    public ParameterFigures(String prefix) {
        figures = List.of(new Figure(prefix + "-trace", trace.chart()), new Figure(prefix + "-rank", rank.chart()),
                new Figure(prefix + "-density", density.chart()),
                new Figure(prefix + "-autocorrelation", autocorrelation.chart()));
    }

    /** Shows a parameter of the draws; {@code equalLengths} holds the same draws cut to the shortest chain. */
    public void show(Draws draws, Draws equalLengths, String name) {
        double[][] values = draws.parameter(name);
        trace.update(draws, name);
        rank.update(name, equalLengths.parameter(name));
        density.update(name, values);
        autocorrelation.update(name, values);
    }

    /** The four figures, named for export. */
    public List<Figure> figures() {
        return figures;
    }

    /** The trace figure. */
    public ParameterTraceFigure trace() {
        return trace;
    }

    /** The rank figure. */
    public RankFigure rank() {
        return rank;
    }

    /** The density figure. */
    public MarginalDensityFigure density() {
        return density;
    }

    /** The autocorrelation figure. */
    public AutocorrelationFigure autocorrelation() {
        return autocorrelation;
    }
}
