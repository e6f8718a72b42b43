package org.shrinkagelab.problems.eightschools.exact;

/**
 * The posterior of tau^2 on an evenly spaced grid, with the course's conventions: p(tau^2 | X)
 * normalized by a left Riemann sum, p(tau | X) = 2 tau p(tau^2 | X) at tau_i = sqrt(tau^2_i), and
 * E[tau] = sum_i p(tau_i) (tau_{i+1} - tau_i) tau_i, Std[tau] likewise. The grid truncates the
 * tail beyond its upper end; {@link ExactPosterior} gives the converged answer.
 */
public final class GridPosterior {
    private final double[] tau2;
    private final double[] densityTau2;
    private final double[] tau;
    private final double[] densityTau;
    private final double[] muMean;
    private final double[] muVariance;
    private final double[] mass;
    private final double tauMean;
    private final double tauSd;

    private GridPosterior(double[] tau2, double[] densityTau2, double[] tau, double[] densityTau, double[] muMean,
                          double[] muVariance, double[] mass, double tauMean, double tauSd) {
        this.tau2 = tau2;
        this.densityTau2 = densityTau2;
        this.tau = tau;
        this.densityTau = densityTau;
        this.muMean = muMean;
        this.muVariance = muVariance;
        this.mass = mass;
        this.tauMean = tauMean;
        this.tauSd = tauSd;
    }

    /** Evaluates the posterior on {@code points} values of tau^2 evenly spaced from {@code lo} to {@code hi}. */
    public static GridPosterior compute(HierarchicalNormalModel model, double lo, double hi, int points) {
        if (points < 2 || !(hi > lo) || !(lo > 0)) {
            throw new IllegalArgumentException("the tau^2 grid needs at least 2 points and 0 < lo < hi, was "
                    + points + " points on [" + lo + ", " + hi + "]");
        }
        double[] t = new double[points];
        double[] logp = new double[points];
        double[] muMean = new double[points];
        double[] muVar = new double[points];
        double step = (hi - lo) / (points - 1);
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < points; i++) {
            t[i] = lo + i * step;
            HierarchicalNormalModel.AtTau2 at = model.atTau2(t[i]);
            logp[i] = at.logJoint();
            muMean[i] = at.mean();
            muVar[i] = at.variance();
            max = Math.max(max, logp[i]);
        }
        double[] density = new double[points];
        double z = 0;
        for (int i = 0; i < points; i++) {
            density[i] = Math.exp(logp[i] - max);
            if (i < points - 1) {
                z += density[i] * (t[i + 1] - t[i]);
            }
        }
        if (!(z > 0) || !Double.isFinite(z)) {
            throw new IllegalArgumentException("the tau^2 grid [" + lo + ", " + hi + "] holds no posterior mass"
                    + " (it all lies at the grid's last point or beyond): widen --grid-max or add grid points");
        }
        double[] mass = new double[points];
        double[] tau = new double[points];
        double[] densityTau = new double[points];
        for (int i = 0; i < points; i++) {
            density[i] /= z;
            tau[i] = Math.sqrt(t[i]);
            densityTau[i] = 2 * tau[i] * density[i];
        }
        double mean = 0;
        for (int i = 0; i < points - 1; i++) {
            mass[i] = density[i] * (t[i + 1] - t[i]);
            mean += densityTau[i] * (tau[i + 1] - tau[i]) * tau[i];
        }
        double var = 0;
        for (int i = 0; i < points - 1; i++) {
            double d = tau[i] - mean;
            var += densityTau[i] * (tau[i + 1] - tau[i]) * d * d;
        }
        return new GridPosterior(t, density, tau, densityTau, muMean, muVar, mass, mean, Math.sqrt(var));
    }

    /** The number of grid points. */
    public int size() {
        return tau2.length;
    }

    /** The grid values of tau^2 (shared array: do not modify). */
    double[] tau2Values() {
        return tau2;
    }

    /** tau^2 at grid point i. */
    public double tau2(int i) {
        return tau2[i];
    }

    /** p(tau^2 | X) at grid point i, normalized by the left Riemann sum. */
    public double densityTau2(int i) {
        return densityTau2[i];
    }

    /** tau = sqrt(tau^2) at grid point i. */
    public double tau(int i) {
        return tau[i];
    }

    /** p(tau | X) = 2 tau p(tau^2 | X) at grid point i. */
    public double densityTau(int i) {
        return densityTau[i];
    }

    /** E[mu | tau^2_i, X]. */
    public double muMean(int i) {
        return muMean[i];
    }

    /** Var[mu | tau^2_i, X]. */
    public double muVariance(int i) {
        return muVariance[i];
    }

    /** The left Riemann mass p(tau^2_i | X) (tau^2_{i+1} - tau^2_i); zero at the last point. Sums to one. */
    public double mass(int i) {
        return mass[i];
    }

    /** E[tau | X] by the course's left Riemann sum in tau. */
    public double tauMean() {
        return tauMean;
    }

    /** Std[tau | X] by the course's left Riemann sum in tau. */
    public double tauSd() {
        return tauSd;
    }

    /** A copy of the tau^2 grid, for figures. */
    public double[] tau2Grid() {
        return tau2.clone();
    }

    /** A copy of p(tau^2 | X) on the grid, for figures. */
    public double[] tau2Density() {
        return densityTau2.clone();
    }

    /** A copy of the tau grid, for figures. */
    public double[] tauGrid() {
        return tau.clone();
    }

    /** A copy of p(tau | X) on the grid, for figures. */
    public double[] tauDensity() {
        return densityTau.clone();
    }
}
