package org.shrinkagelab.charts;

import java.util.List;
import org.shrinkagelab.charts.DagFigure.Edge;
import org.shrinkagelab.charts.DagFigure.Graph;
import org.shrinkagelab.charts.DagFigure.Kind;
import org.shrinkagelab.charts.DagFigure.Node;
import org.shrinkagelab.charts.DagFigure.Plate;
import org.shrinkagelab.problems.fivedistricts.FiveDistrictsProblem;

/** The two model graphs the DAG figure is tested on: Eight Schools and Five Districts' school-within-district model. */
public final class DagExamples {
    private DagExamples() {
    }

    /** mu, tau -> theta_j -> y_j <- sigma_j, plate j = 1..8. */
    public static Graph eightSchools() {
        return new Graph(List.of(
                new Node("mu", "μ", Kind.LATENT, null, 0, 0),
                new Node("tau", "τ", Kind.LATENT, null, 1, 0),
                new Node("theta", "θ_j", Kind.LATENT, "j", 0.5, 1),
                new Node("y", "y_j", Kind.OBSERVED, "j", 0.5, 2),
                new Node("sigma", "σ_j", Kind.FIXED, "j", 1.3, 2)),
                List.of(new Edge("mu", "theta"), new Edge("tau", "theta"), new Edge("theta", "y"),
                        new Edge("sigma", "y")),
                List.of(new Plate("j", "j = 1..8", null)));
    }

    /** The Five Districts problem's hierarchical model (iii), as its tab draws it. */
    public static Graph fiveDistricts() {
        FiveDistrictsProblem problem = new FiveDistrictsProblem();
        return problem.dag(problem.defaults());
    }
}
