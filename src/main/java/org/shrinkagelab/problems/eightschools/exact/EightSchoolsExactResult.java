package org.shrinkagelab.problems.eightschools.exact;

import java.util.List;
import org.shrinkagelab.data.EightSchoolsData;
import org.shrinkagelab.stats.Histogram;

/**
 * Everything the tab shows after one recomputation: the grid and converged posteriors, the curves
 * of every figure and the per-school summaries. Arrays are owned by this result; do not modify.
 *
 * @param data         the schools
 * @param grid         the grid posterior of tau^2 (the course's numbers)
 * @param exact        the converged posterior (quadrature)
 * @param test         complete pooling and its chi-square / F test
 * @param exactTau2    tau^2 values of the converged p(tau^2 | X) curve
 * @param exactTau2Density the converged p(tau^2 | X) there
 * @param exactTau     tau values of the converged p(tau | X) curve
 * @param exactTauDensity  the converged p(tau | X) there
 * @param muCurves     p(mu | tau^2, X) at a few tau^2 values
 * @param shrinkage    E[theta_s | tau, X] against tau and the conditional posteriors at the marker
 * @param draws        per-school summaries of the ancestral draws
 * @param histograms   per-school histograms of the ancestral draws (common bins)
 * @param thetaValues  theta values of the converged marginal densities
 * @param thetaDensity the converged p(theta_s | X) per school at thetaValues
 * @param drawCount    the number of ancestral draws
 * @param tailMass     the converged P(tau^2 > grid end | X): the mass the grid leaves out
 * @param thetaDraws   the ancestral draws of theta_s, [school][draw], for intervals of any width
 */
public record EightSchoolsExactResult(EightSchoolsData data, GridPosterior grid, ExactPosterior exact,
                                      HomogeneityTest test, double[] exactTau2, double[] exactTau2Density,
                                      double[] exactTau, double[] exactTauDensity, MuCurves muCurves,
                                      ShrinkageCurves shrinkage, List<SampleSummary> draws,
                                      List<Histogram> histograms, double[] thetaValues, double[][] thetaDensity,
                                      int drawCount, double tailMass, double[][] thetaDraws) {

    /** The z value of a central 90% normal interval, matching the 5% and 95% columns of the tables. */
    public static final double Z90 = 1.6448536269514722;

    /**
     * p(mu | tau^2, X), normal, at a few values of tau^2.
     *
     * @param tau2    the tau^2 values
     * @param mean    E[mu | tau^2, X] at each
     * @param sd      Std[mu | tau^2, X] at each
     * @param mu      the common mu axis
     * @param density density[k][i]: the normal density of the k-th tau^2 at mu[i]
     */
    public record MuCurves(double[] tau2, double[] mean, double[] sd, double[] mu, double[][] density) {
    }

    /**
     * Shrinkage curves and the conditional posteriors at the tau marker.
     *
     * @param tau        the tau axis, from 0
     * @param mean       mean[s][k] = E[theta_s | tau_k, X], mu integrated out
     * @param markerTau  the marker's tau
     * @param markerMean E[theta_s | markerTau, X]
     * @param markerSd   Std[theta_s | markerTau, X]
     * @param markerMu   E[mu | markerTau, X]
     */
    public record ShrinkageCurves(double[] tau, double[][] mean, double markerTau, double[] markerMean,
                                  double[] markerSd, double markerMu) {
    }
}
