package org.shrinkagelab.problems.fivedistricts;

import org.shrinkagelab.data.FiveDistrictsData;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.stats.GaussianGroupMeans;

/**
 * The hierarchical model of the slopes with its two scales held fixed: mu ~ N(m0, s0),
 * beta_d ~ N(mu, tau_D), beta_j ~ N(beta_d, tau_S), improvement_j ~ N(beta_j hours_j, stderr_j).
 * Given (tau_D, tau_S) it is linear and Gaussian, so the school slopes, then the district slopes,
 * then mu are integrated out one level at a time in O(J): a district's schools act on beta_d as one
 * Gaussian observation, and the districts act on mu the same way.
 */
public final class SlopeHierarchy {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final double[] x;
    private final double[] y;
    private final double[] s2;
    private final int[] district;
    private final int districts;
    private final MuPrior muPrior;

    /** The model for these data under this prior on mu. */
    public SlopeHierarchy(FiveDistrictsData data, MuPrior muPrior) {
        this.x = data.hours();
        this.y = data.improvements();
        double[] s = data.stderrs();
        this.s2 = new double[s.length];
        for (int j = 0; j < s.length; j++) {
            s2[j] = s[j] * s[j];
        }
        this.district = data.districtIndex();
        this.districts = data.districts().size();
        this.muPrior = muPrior;
    }

    /** The number of schools. */
    public int schools() {
        return x.length;
    }

    /** The number of districts. */
    public int districts() {
        return districts;
    }

    /**
     * What the schools say about their district slopes once the school slopes are integrated out,
     * for one tau_S: each district's schools as one observation bhat_d of beta_d with precision P_d.
     */
    public SchoolLevel schoolLevel(double tauS) {
        double t2 = tauS * tauS;
        double[] precision = new double[districts];
        double[] linear = new double[districts];
        double logConstant = 0;
        for (int j = 0; j < x.length; j++) {
            double v = s2[j] + x[j] * x[j] * t2;
            precision[district[j]] += x[j] * x[j] / v;
            linear[district[j]] += x[j] * y[j] / v;
            logConstant += -0.5 * (LOG_2PI + Math.log(v)) - y[j] * y[j] / (2 * v);
        }
        for (int d = 0; d < districts; d++) {
            // exp(b Q - b^2 P / 2) = exp(Q^2 / 2P) sqrt(2 pi / P) N(Q / P; b, 1 / P)
            logConstant += linear[d] * linear[d] / (2 * precision[d]) + 0.5 * (LOG_2PI - Math.log(precision[d]));
        }
        return new SchoolLevel(tauS, precision, linear, logConstant);
    }

    /**
     * The school level at one tau_S (see {@link #schoolLevel}).
     *
     * @param tauS        the school spread it was computed for
     * @param precision   P_d = sum over the district's schools of hours^2 / (stderr^2 + hours^2 tau_S^2)
     * @param linear      Q_d = sum of hours improvement / (stderr^2 + hours^2 tau_S^2); bhat_d = Q_d / P_d
     * @param logConstant the log of what is left of p(y | beta_d) once the Gaussian factors in beta_d are taken out
     */
    public record SchoolLevel(double tauS, double[] precision, double[] linear, double logConstant) {
    }

    /** The posterior given (tau_D, tau_S): the log marginal likelihood and every slope's conditional moments. */
    public Conditional conditional(double tauD, double tauS) {
        return conditional(tauD, schoolLevel(tauS));
    }

    /** As {@link #conditional(double, double)}, reusing the school level already computed for tau_S. */
    public Conditional conditional(double tauD, SchoolLevel level) {
        double[] estimates = new double[districts];
        double[] variances = new double[districts];
        for (int d = 0; d < districts; d++) {
            estimates[d] = level.linear()[d] / level.precision()[d];
            variances[d] = 1 / level.precision()[d];
        }
        GaussianGroupMeans.Posterior up = GaussianGroupMeans.at(estimates, variances, tauD, muPrior.mean(),
                muPrior.sd());
        double[] districtMean = up.groupMean();
        double[] districtVar = up.groupVar();
        double t2 = level.tauS() * level.tauS();
        double[] schoolMean = new double[x.length];
        double[] schoolVar = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            // beta_j | beta_d, y_j ~ N(g beta_d + (x y / s^2) tau_S^2 g, tau_S^2 g), g = 1 / (1 + x^2 tau_S^2 / s^2)
            double g = 1 / (1 + x[j] * x[j] * t2 / s2[j]);
            int d = district[j];
            schoolMean[j] = g * districtMean[d] + x[j] * y[j] / s2[j] * t2 * g;
            schoolVar[j] = t2 * g + g * g * districtVar[d];
        }
        return new Conditional(level.logConstant() + up.logMarginal(), up.muMean(), up.muVar(), districtMean,
                districtVar, schoolMean, schoolVar);
    }

    /**
     * The posterior of the slopes with (tau_D, tau_S) fixed.
     *
     * @param logMarginal  log p(y | tau_D, tau_S) (the mu prior's normalization included; up to a constant if flat)
     * @param muMean       E[mu | y, taus]
     * @param muVar        Var[mu | y, taus]
     * @param districtMean E[beta_d | y, taus]
     * @param districtVar  Var[beta_d | y, taus]
     * @param schoolMean   E[beta_j | y, taus]
     * @param schoolVar    Var[beta_j | y, taus]
     */
    public record Conditional(double logMarginal, double muMean, double muVar, double[] districtMean,
                              double[] districtVar, double[] schoolMean, double[] schoolVar) {
    }
}
