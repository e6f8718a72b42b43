package org.shrinkagelab.problems.asteroids;

import java.util.ArrayList;
import java.util.List;
import org.shrinkagelab.data.AsteroidsData;
import org.shrinkagelab.workbench.TauAxis;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.TauPrior;
import org.shrinkagelab.stats.AdaptiveQuadrature;
import org.shrinkagelab.stats.GaussianGroupMeans;

/**
 * The exact posterior of the asteroid hierarchy with the class spreads held fixed: log albedo_i ~
 * N(mu_class, sigma_class), mu_class ~ N(mu_0, tau), mu_0 ~ N(m0, s0), tau ~ its prior. Given tau the
 * class means are conjugate (a class acts through its sample mean with variance sigma^2 / n) and mu_0
 * integrates out, so the posterior is a 1-D adaptive quadrature over tau of Gaussian mixtures: the
 * brute-force reference the sampled model (free spreads) is checked against with the spreads pinned.
 */
public final class FixedSpreadClassMeans {
    /** Relative tolerance of the quadrature over tau. */
    static final double TOLERANCE = 1e-10;
    private static final int COARSE = 200;

    private FixedSpreadClassMeans() {
    }

    /**
     * The posterior moments.
     *
     * @param classes   the class codes, in data order
     * @param tau       moments of tau
     * @param mu0       moments of mu_0
     * @param classMean moments of each mu_class, in the order of {@code classes}
     * @param converged whether the quadrature met its tolerance
     */
    public record Result(List<String> classes, double[] tau, double[] mu0, List<double[]> classMean,
                         boolean converged) {
    }

    /**
     * The posterior with spreads {@code sigma[c]} (one per class of {@link AsteroidsData#classes()}).
     * Each moment is a {mean, sd} pair.
     */
    public static Result compute(AsteroidsData data, double[] sigma, MuPrior mu0Prior, TauPrior tauPrior) {
        List<String> classes = data.classes();
        if (sigma.length != classes.size()) {
            throw new IllegalArgumentException(classes.size() + " classes but " + sigma.length + " spreads");
        }
        int k = classes.size();
        double[] sum = new double[k];
        int[] count = new int[k];
        int[] index = data.classIndex();
        double[] y = data.logAlbedos();
        for (int i = 0; i < y.length; i++) {
            sum[index[i]] += y[i];
            count[index[i]]++;
        }
        double[] means = new double[k];
        double[] variances = new double[k];
        for (int c = 0; c < k; c++) {
            if (!(sigma[c] > 0)) {
                throw new IllegalArgumentException("class " + classes.get(c) + ": sigma must be > 0, was " + sigma[c]);
            }
            means[c] = sum[c] / count[c];
            variances[c] = sigma[c] * sigma[c] / count[c];
        }
        TauAxis axis = new TauAxis(tauPrior);
        double offset = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < COARSE; g++) {
            double t = (g + 0.5) / COARSE;
            offset = Math.max(offset, logWeight(axis, t, means, variances, mu0Prior));
        }
        double shift = offset;
        int dimension = 5 + 2 * k;
        AdaptiveQuadrature.Integrals r = AdaptiveQuadrature.integrate((t, out) -> {
            double tau = axis.tau(t);
            GaussianGroupMeans.Posterior p = GaussianGroupMeans.at(means, variances, tau, mu0Prior.mean(),
                    mu0Prior.sd());
            double w = Math.exp(p.logMarginal() + axis.logPriorTimesJacobian(t) - shift);
            out[0] = w;
            out[1] = w * tau;
            out[2] = w * tau * tau;
            out[3] = w * p.muMean();
            out[4] = w * (p.muVar() + p.muMean() * p.muMean());
            for (int c = 0; c < k; c++) {
                out[5 + 2 * c] = w * p.groupMean()[c];
                out[6 + 2 * c] = w * (p.groupVar()[c] + p.groupMean()[c] * p.groupMean()[c]);
            }
        }, dimension, 0, 1, TOLERANCE);
        double[] v = r.values();
        List<double[]> classMean = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            classMean.add(moments(v[5 + 2 * c], v[6 + 2 * c], v[0]));
        }
        return new Result(classes, moments(v[1], v[2], v[0]), moments(v[3], v[4], v[0]), List.copyOf(classMean),
                r.converged());
    }

    private static double logWeight(TauAxis axis, double t, double[] means, double[] variances, MuPrior prior) {
        return GaussianGroupMeans.at(means, variances, axis.tau(t), prior.mean(), prior.sd()).logMarginal()
                + axis.logPriorTimesJacobian(t);
    }

    private static double[] moments(double first, double second, double z) {
        double m = first / z;
        return new double[] {m, Math.sqrt(Math.max(0, second / z - m * m))};
    }
}
