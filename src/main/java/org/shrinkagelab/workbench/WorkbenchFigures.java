package org.shrinkagelab.workbench;

import java.util.ArrayList;
import java.util.List;
import org.shrinkagelab.charts.DagFigure;
import org.shrinkagelab.charts.EnergyFigure;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.charts.PairFigure;
import org.shrinkagelab.charts.ParameterFigures;
import org.shrinkagelab.charts.ParetoKFigure;
import org.shrinkagelab.charts.PpcFigure;
import org.shrinkagelab.engine.diag.EnergyDistribution;
import org.shrinkagelab.engine.sample.Draws;

/**
 * The figures of the views every model tab gets (Parameter, Pair, Energy, PPC, DAG, LOO) drawn headless from
 * one fit, under the names the tab's views export them by: what {@link WorkbenchProblem#figures} adds to a
 * problem's own figures, so {@code export-figures} writes them for every model problem. The names and the
 * first picks are defined here once, for the views as well.
 */
public final class WorkbenchFigures {
    /** Title of the DAG figure. */
    public static final String DAG_TITLE = "The model as a graph";
    /** Caption of the DAG figure. */
    public static final String DAG_CAPTION = "shaded: observed; square: fixed data; plates: repeated nodes";
    /** The label of the data in the posterior predictive check. */
    public static final String PPC_VALUE_LABEL = "y";

    private WorkbenchFigures() {
    }

    /**
     * The first pair shown: the first vector element (the funnel's theta[1]) against the preferred parameter,
     * the latter on a log scale when all its draws are positive.
     *
     * @param x    the parameter on the x axis
     * @param y    the parameter on the y axis
     * @param logY whether y starts on a log scale
     */
    public record PairChoice(String x, String y, boolean logY) {
        /** The first pair of a fit's draws. */
        public static PairChoice of(Draws draws, String preferred) {
            List<String> names = draws.parameters();
            String x = names.stream().filter(n -> n.contains("[")).findFirst().orElse(names.get(0));
            String y = names.contains(preferred) ? preferred : names.get(0);
            return new PairChoice(x, y, PairFigure.allPositive(draws.parameter(y)));
        }
    }

    /** The Parameter view's figure names start with this. */
    public static String parameterPrefix(String problemId) {
        return problemId + "-parameter";
    }

    /** The name of a view's figure, e.g. {@code name("groups", "pair")} is {@code groups-pair}. */
    public static String name(String problemId, String view) {
        return problemId + "-" + view;
    }

    /**
     * Every workbench figure of a fit: the Parameter view's four of the preferred parameter (else the first),
     * the pair plot, the energy plot (Hamiltonian samplers only), the posterior predictive check and the Pareto
     * k of PSIS-LOO (when the checks have them) and the DAG (when the problem draws one).
     */
    public static List<Figure> of(String problemId, Draws draws, String preferred, DagFigure.Graph graph,
                                  ModelChecks checks) {
        List<Figure> all = new ArrayList<>();
        if (draws.shortestChain() == 0) {
            return all;
        }
        String picked = draws.parameters().contains(preferred) ? preferred : draws.parameters().get(0);
        ParameterFigures parameter = new ParameterFigures(parameterPrefix(problemId));
        parameter.show(draws, draws.truncatedToShortest(), picked);
        all.addAll(parameter.figures());
        PairFigure pair = new PairFigure();
        PairChoice first = PairChoice.of(draws, preferred);
        pair.update(draws, first.x(), first.y(), false, first.logY());
        all.add(new Figure(name(problemId, "pair"), pair.chart()));
        if (draws.hasStat("energy__")) {
            EnergyFigure energy = new EnergyFigure();
            energy.update(EnergyDistribution.of(draws));
            all.add(new Figure(name(problemId, "energy"), energy.chart()));
        }
        if (checks.hasPpc()) {
            PpcFigure ppc = new PpcFigure(PPC_VALUE_LABEL);
            ppc.update(checks.observed(), checks.replicates(), null);
            all.add(new Figure(name(problemId, "ppc-intervals"), ppc.intervalsChart()));
            all.add(new Figure(name(problemId, "ppc-density"), ppc.densityChart()));
        }
        if (graph != null) {
            DagFigure dag = new DagFigure(DAG_TITLE, DAG_CAPTION);
            dag.setGraph(graph);
            all.add(new Figure(name(problemId, "dag"), dag.chart()));
        }
        if (checks.loo() != null) {
            all.add(ParetoKFigure.of(name(problemId, "pareto-k"), checks.loo()));
        }
        return all;
    }
}
