package org.shrinkagelab.charts;

import java.util.List;
import org.shrinkagelab.charts.DagFigure.Edge;
import org.shrinkagelab.charts.DagFigure.Graph;
import org.shrinkagelab.charts.DagFigure.Kind;
import org.shrinkagelab.charts.DagFigure.Node;
import org.shrinkagelab.charts.DagFigure.Plate;

/** The two model graphs the DAG figure is tested on: Eight Schools and Five Districts' school-within-district model. */
public final class DagExamples {
    private DagExamples() {
    }

    /** mu, tau -> theta_j -> y_j <- sigma_j, plate j = 1..8: the Eight Schools MCMC problem's own graph. */
    public static Graph eightSchools() {
        return org.shrinkagelab.problems.eightschools.mcmc.EightSchoolsMcmcProblem.graph();
    }

    /** mu, tau_D -> beta_d; beta_d, tau_S -> beta_j; beta_j, hours_j, stderr_j -> improvement_j; schools within districts. */
    public static Graph fiveDistricts() {
        return new Graph(List.of(
                new Node("mu", "μ", Kind.LATENT, null, 0, 0),
                new Node("tauD", "τ_D", Kind.LATENT, null, 1, 0),
                new Node("betaD", "β_d", Kind.LATENT, "d", 0.5, 1),
                new Node("tauS", "τ_S", Kind.LATENT, null, 1.9, 1),
                new Node("betaJ", "β_j", Kind.LATENT, "j", 0.5, 2),
                new Node("hours", "hours_j", Kind.FIXED, "j", -0.4, 3),
                new Node("stderr", "stderr_j", Kind.FIXED, "j", 1.4, 3),
                new Node("improvement", "improvement_j", Kind.OBSERVED, "j", 0.5, 3)),
                List.of(new Edge("mu", "betaD"), new Edge("tauD", "betaD"), new Edge("betaD", "betaJ"),
                        new Edge("tauS", "betaJ"), new Edge("betaJ", "improvement"), new Edge("hours", "improvement"),
                        new Edge("stderr", "improvement")),
                List.of(new Plate("d", "d = 1..5", null), new Plate("j", "school j in district d", "d")));
    }
}
