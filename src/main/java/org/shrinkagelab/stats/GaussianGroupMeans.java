package org.shrinkagelab.stats;

/**
 * Group means seen through Gaussian estimates with known variances, at a fixed population spread:
 * estimate_g ~ N(theta_g, v_g), theta_g ~ N(mu, tau), mu ~ N(m0, s0) (or flat when s0 is infinite).
 * Everything is conjugate, so mu is integrated out in closed form: the marginal likelihood of the
 * estimates and the posterior moments of mu and of each theta_g, in O(G). This is the Eight Schools
 * model at fixed tau, and the district level of Five Districts once its schools are integrated out.
 */
public final class GaussianGroupMeans {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private GaussianGroupMeans() {
    }

    /**
     * The posterior given tau.
     *
     * @param logMarginal log p(estimates | tau), the prior of mu integrated out (up to a constant when it is flat)
     * @param muMean      E[mu | estimates, tau]
     * @param muVar       Var[mu | estimates, tau]
     * @param groupMean   E[theta_g | estimates, tau]
     * @param groupVar    Var[theta_g | estimates, tau]
     */
    public record Posterior(double logMarginal, double muMean, double muVar, double[] groupMean, double[] groupVar) {
    }

    /** The posterior at spread tau (0 allowed: then every theta_g equals mu) under mu ~ N(m0, s0). */
    public static Posterior at(double[] estimates, double[] variances, double tau, double m0, double s0) {
        double t2 = tau * tau;
        boolean flat = s0 == Double.POSITIVE_INFINITY;
        double a = flat ? 0 : 1 / (s0 * s0);
        double b = a * m0;
        double logMarginal = flat ? 0 : -0.5 * (LOG_2PI + 2 * Math.log(s0)) - m0 * b / 2;
        for (int g = 0; g < estimates.length; g++) {
            double w = variances[g] + t2;
            a += 1 / w;
            b += estimates[g] / w;
            logMarginal += -0.5 * (LOG_2PI + Math.log(w)) - estimates[g] * estimates[g] / (2 * w);
        }
        logMarginal += b * b / (2 * a) + 0.5 * (LOG_2PI - Math.log(a));
        double muMean = b / a;
        double muVar = 1 / a;
        double[] groupMean = new double[estimates.length];
        double[] groupVar = new double[estimates.length];
        for (int g = 0; g < estimates.length; g++) {
            // theta_g | mu, estimate ~ N(k mu + (1 - k) estimate, tau^2 k), k = v / (v + tau^2)
            double k = variances[g] / (variances[g] + t2);
            groupMean[g] = k * muMean + (1 - k) * estimates[g];
            groupVar[g] = t2 * k + k * k * muVar;
        }
        return new Posterior(logMarginal, muMean, muVar, groupMean, groupVar);
    }
}
