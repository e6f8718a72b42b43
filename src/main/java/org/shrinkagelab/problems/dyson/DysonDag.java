package org.shrinkagelab.problems.dyson;

import java.util.List;
import org.shrinkagelab.charts.DagFigure.Edge;
import org.shrinkagelab.charts.DagFigure.Graph;
import org.shrinkagelab.charts.DagFigure.Kind;
import org.shrinkagelab.charts.DagFigure.Node;
import org.shrinkagelab.charts.DagFigure.Plate;

/** The hierarchical sinusoid model as a DAG: population nodes above the object plate, the visits nested in it. */
final class DysonDag {
    private DysonDag() {
    }

    /** mu_f, tau_f -> f_k; alpha_0, alpha_1, tau_A, f_k -> A_k; f_k, A_k, phi_k, m_k, sigma_k, t_ki -> flux_ki. */
    static Graph graph(int objects) {
        return new Graph(List.of(
                new Node("muF", "μ_f", Kind.LATENT, null, 0, 0),
                new Node("tauF", "τ_f", Kind.LATENT, null, 0.8, 0),
                new Node("alpha0", "α_0", Kind.LATENT, null, 1.8, 0),
                new Node("alpha1", "α_1", Kind.LATENT, null, 2.6, 0),
                new Node("tauA", "τ_A", Kind.LATENT, null, 3.4, 0),
                new Node("f", "f_k", Kind.LATENT, "k", 0.4, 1),
                new Node("A", "A_k", Kind.LATENT, "k", 2.6, 1),
                new Node("phi", "φ_k", Kind.LATENT, "k", 3.6, 1.6),
                new Node("m", "m_k", Kind.LATENT, "k", -0.4, 1.6),
                new Node("sigma", "σ_k", Kind.LATENT, "k", 4.4, 1.6),
                new Node("t", "t_ki", Kind.FIXED, "i", 0.4, 2.6),
                new Node("flux", "flux_ki", Kind.OBSERVED, "i", 2, 2.6)),
                List.of(new Edge("muF", "f"), new Edge("tauF", "f"), new Edge("alpha0", "A"), new Edge("alpha1", "A"),
                        new Edge("tauA", "A"), new Edge("f", "A"), new Edge("f", "flux"), new Edge("A", "flux"),
                        new Edge("phi", "flux"), new Edge("m", "flux"), new Edge("sigma", "flux"),
                        new Edge("t", "flux")),
                List.of(new Plate("k", "object k = 1.." + objects, null), new Plate("i", "visit i of object k", "k")));
    }
}
