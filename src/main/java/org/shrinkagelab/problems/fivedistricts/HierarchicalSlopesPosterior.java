package org.shrinkagelab.problems.fivedistricts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shrinkagelab.data.FiveDistrictsData;
import org.shrinkagelab.workbench.TauAxis;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.TauPrior;
import org.shrinkagelab.stats.AdaptiveQuadrature;
import org.shrinkagelab.stats.AdaptiveQuadrature.Integrals;

/**
 * The exact posterior of the hierarchical slopes: given (tau_D, tau_S) everything is Gaussian
 * ({@link SlopeHierarchy}), so the posterior is a mixture of Gaussians over the two scales, whose
 * weights p(tau_D, tau_S | y) are integrated by nested adaptive Gauss-Kronrod quadrature (tau_S
 * outside, tau_D inside), each axis mapped onto (0, 1) by {@link TauAxis}.
 */
public final class HierarchicalSlopesPosterior {
    /** Relative tolerance of the outer (tau_S) integrals. */
    static final double OUTER_TOLERANCE = 1e-9;
    /** Relative tolerance of the inner (tau_D) integrals, tighter so the outer integrand is smooth to its tolerance. */
    static final double INNER_TOLERANCE = 1e-11;
    /** Relative tolerance of each density value's integral (a figure needs far less than the moments). */
    static final double DENSITY_TOLERANCE = 1e-8;
    /** Mixture components lighter than this (the weights sum to 1) add nothing visible to p(mu | y). */
    private static final double NEGLIGIBLE_WEIGHT = 1e-15;
    private static final int COARSE = 24;
    private static final int SCALARS = 7;

    private final SlopeHierarchy model;
    private final TauAxis axisD;
    private final TauAxis axisS;
    private final int dimension;
    private final double offset;
    private final Map<Double, Integrals> innerRules = new HashMap<>();

    private HierarchicalSlopesPosterior(FiveDistrictsData data, MuPrior muPrior, TauPrior tauDPrior,
                                        TauPrior tauSPrior) {
        this.model = new SlopeHierarchy(data, muPrior);
        this.axisD = new TauAxis(tauDPrior);
        this.axisS = new TauAxis(tauSPrior);
        this.dimension = SCALARS + 2 * model.districts() + 2 * model.schools();
        this.offset = coarseMaximum();
    }

    /** The exact posterior, densities on grids of {@code gridPoints} points. */
    public static HierarchicalSlopesReference compute(FiveDistrictsData data, MuPrior muPrior, TauPrior tauDPrior,
                                                      TauPrior tauSPrior, int gridPoints) {
        if (gridPoints < 2) {
            throw new IllegalArgumentException("a density grid needs at least 2 points, was " + gridPoints);
        }
        return new HierarchicalSlopesPosterior(data, muPrior, tauDPrior, tauSPrior).run(gridPoints);
    }

    /** log p(tau_D, tau_S | y) + log Jacobians at (tD, tS) in axis coordinates, up to the constant. */
    private double logWeight(double tD, double tS, SlopeHierarchy.Conditional c) {
        return c.logMarginal() + axisD.logPriorTimesJacobian(tD) + axisS.logPriorTimesJacobian(tS) - offset;
    }

    /** The largest log weight on a coarse grid, subtracted before exponentiating so nothing underflows. */
    private double coarseMaximum() {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < COARSE; i++) {
            double tS = (i + 0.5) / COARSE;
            SlopeHierarchy.SchoolLevel level = model.schoolLevel(axisS.tau(tS));
            for (int k = 0; k < COARSE; k++) {
                double tD = (k + 0.5) / COARSE;
                double lw = model.conditional(axisD.tau(tD), level).logMarginal()
                        + axisD.logPriorTimesJacobian(tD) + axisS.logPriorTimesJacobian(tS);
                if (lw > max) {
                    max = lw;
                }
            }
        }
        if (!Double.isFinite(max)) {
            throw new IllegalArgumentException("the posterior of (tau_D, tau_S) is zero on the whole coarse grid");
        }
        return max;
    }

    /** The inner integrals over tau_D at one tau_S node, memoized so the mixture can be rebuilt from the same rule. */
    private Integrals inner(double tS) {
        return innerRules.computeIfAbsent(tS, key -> {
            double tauS = axisS.tau(key);
            SlopeHierarchy.SchoolLevel level = model.schoolLevel(tauS);
            return AdaptiveQuadrature.integrate((tD, out) -> moments(tD, level, key, out), dimension, 0, 1,
                    INNER_TOLERANCE);
        });
    }

    /** Writes the weight at (tD, tS) times 1, tau_D, tau_D^2, tau_S, tau_S^2, E mu, E mu^2, then each slope's E, E^2. */
    private void moments(double tD, SlopeHierarchy.SchoolLevel level, double tS, double[] out) {
        double tauD = axisD.tau(tD);
        SlopeHierarchy.Conditional c = model.conditional(tauD, level);
        double w = Math.exp(logWeight(tD, tS, c));
        double tauS = level.tauS();
        out[0] = w;
        out[1] = w * tauD;
        out[2] = w * tauD * tauD;
        out[3] = w * tauS;
        out[4] = w * tauS * tauS;
        out[5] = w * c.muMean();
        out[6] = w * (c.muVar() + c.muMean() * c.muMean());
        int i = SCALARS;
        for (int d = 0; d < c.districtMean().length; d++) {
            out[i++] = w * c.districtMean()[d];
            out[i++] = w * (c.districtVar()[d] + c.districtMean()[d] * c.districtMean()[d]);
        }
        for (int j = 0; j < c.schoolMean().length; j++) {
            out[i++] = w * c.schoolMean()[j];
            out[i++] = w * (c.schoolVar()[j] + c.schoolMean()[j] * c.schoolMean()[j]);
        }
    }

    private HierarchicalSlopesReference run(int gridPoints) {
        boolean[] innerConverged = {true};
        Integrals outer = AdaptiveQuadrature.integrate((tS, out) -> {
            Integrals in = inner(tS);
            innerConverged[0] &= in.converged();
            System.arraycopy(in.values(), 0, out, 0, dimension);
        }, dimension, 0, 1, OUTER_TOLERANCE);
        double[] v = outer.values();
        double z = v[0];
        NormalMoments tauD = moments(v[1] / z, v[2] / z);
        NormalMoments tauS = moments(v[3] / z, v[4] / z);
        NormalMoments mu = moments(v[5] / z, v[6] / z);
        List<NormalMoments> districts = new ArrayList<>();
        int i = SCALARS;
        for (int d = 0; d < model.districts(); d++, i += 2) {
            districts.add(moments(v[i] / z, v[i + 1] / z));
        }
        List<NormalMoments> schools = new ArrayList<>();
        for (int j = 0; j < model.schools(); j++, i += 2) {
            schools.add(moments(v[i] / z, v[i + 1] / z));
        }
        HierarchicalSlopesReference.Density tauDDensity = tauDensity(axisD, tauD, gridPoints, z, true);
        HierarchicalSlopesReference.Density tauSDensity = tauDensity(axisS, tauS, gridPoints, z, false);
        HierarchicalSlopesReference.Density muDensity = muDensity(outer, mu, gridPoints, z);
        return new HierarchicalSlopesReference(tauD, tauS, mu, List.copyOf(districts), List.copyOf(schools),
                tauDDensity, tauSDensity, muDensity, outer.converged() && innerConverged[0]);
    }

    private static NormalMoments moments(double mean, double second) {
        return new NormalMoments(mean, Math.sqrt(Math.max(0, second - mean * mean)));
    }

    /**
     * p(tau | y) on a grid from the support's lower end to six posterior sds above the mean: the
     * other scale integrated out by its own adaptive quadrature at each grid point.
     */
    private HierarchicalSlopesReference.Density tauDensity(TauAxis axis, NormalMoments m, int points, double z,
                                                           boolean isTauD) {
        double lo = axis.prior().lower();
        double hi = Math.min(axis.upper(), m.mean() + 6 * m.sd());
        double[] x = new double[points];
        double[] p = new double[points];
        for (int g = 0; g < points; g++) {
            double tau = lo + (hi - lo) * g / (points - 1);
            x[g] = tau;
            double logPrior = axis.prior().logDensity(tau);
            if (logPrior == Double.NEGATIVE_INFINITY) {
                continue;
            }
            double integral;
            if (isTauD) {
                integral = AdaptiveQuadrature.integrate(tS -> {
                    SlopeHierarchy.SchoolLevel level = model.schoolLevel(axisS.tau(tS));
                    return Math.exp(model.conditional(tau, level).logMarginal() + logPrior
                            + axisS.logPriorTimesJacobian(tS) - offset);
                }, 0, 1, DENSITY_TOLERANCE);
            } else {
                SlopeHierarchy.SchoolLevel level = model.schoolLevel(tau);
                integral = AdaptiveQuadrature.integrate(tD -> Math.exp(model.conditional(axisD.tau(tD), level)
                        .logMarginal() + logPrior + axisD.logPriorTimesJacobian(tD) - offset), 0, 1, DENSITY_TOLERANCE);
            }
            p[g] = integral / z;
        }
        return new HierarchicalSlopesReference.Density(x, p);
    }

    /** p(mu | y) on mean +- 5 sd: the Gaussian mixture over the same nodes and weights as the moments. */
    private HierarchicalSlopesReference.Density muDensity(Integrals outer, NormalMoments mu, int points, double z) {
        double[] x = new double[points];
        for (int g = 0; g < points; g++) {
            x[g] = mu.mean() + mu.sd() * (-5 + 10.0 * g / (points - 1));
        }
        double[] p = new double[points];
        double[] outerNodes = outer.nodes();
        for (int a = 0; a < outerNodes.length; a++) {
            double tS = outerNodes[a];
            Integrals in = inner(tS);
            SlopeHierarchy.SchoolLevel level = model.schoolLevel(axisS.tau(tS));
            double[] innerNodes = in.nodes();
            for (int b = 0; b < innerNodes.length; b++) {
                double tD = innerNodes[b];
                SlopeHierarchy.Conditional c = model.conditional(axisD.tau(tD), level);
                double w = outer.weights()[a] * in.weights()[b] * Math.exp(logWeight(tD, tS, c)) / z;
                if (w < NEGLIGIBLE_WEIGHT) {
                    continue;
                }
                double sd = Math.sqrt(c.muVar());
                for (int g = 0; g < points; g++) {
                    double u = (x[g] - c.muMean()) / sd;
                    p[g] += w * Math.exp(-0.5 * u * u) / (sd * Math.sqrt(2 * Math.PI));
                }
            }
        }
        return new HierarchicalSlopesReference.Density(x, p);
    }
}
