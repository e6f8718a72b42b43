package org.shrinkagelab.problems.testscores;

/**
 * The exact posterior given the scores.
 *
 * @param muGlobal    posterior of mu_global
 * @param schools     posterior of each school mean mu_i
 * @param sampleMeans each school's sample mean
 * @param shrinkage   per school, the weight lambda_i the posterior mean puts on mu_global rather than the
 *                    sample mean: sigma^2 / (sigma^2 + n_i tau^2)
 */
public record TestScoresPosterior(NormalPosterior muGlobal, NormalPosterior[] schools, double[] sampleMeans,
                                  double[] shrinkage) {
}
