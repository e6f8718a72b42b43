package org.shrinkagelab.problems.tennis;

/**
 * Everything the tennis tab shows for one setting.
 *
 * @param network    the network and its observations
 * @param importance the importance-sampling run
 * @param exact      the quadrature answer
 * @param densityX   points at which the skill densities are drawn
 * @param kde        weighted kernel density of each skill's importance samples, by {@link Player#ordinal()}
 */
public record TennisResult(TennisNetwork network, TennisImportanceResult importance, TennisExact exact,
                           double[] densityX, double[][] kde) {
}
