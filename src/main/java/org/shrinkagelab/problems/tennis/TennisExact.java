package org.shrinkagelab.problems.tennis;

/**
 * The exact answer by quadrature, with the posterior densities of the skills on the grid.
 *
 * @param pYouWin   P(You beat A | observed matches)
 * @param evidence  P(observed matches), the normalizing constant
 * @param grid      the skill values of the quadrature grid
 * @param densities posterior density of each skill on the grid, indexed by {@link Player#ordinal()}
 * @param means     posterior mean of each skill, indexed by {@link Player#ordinal()}
 * @param step      the grid step used
 */
public record TennisExact(double pYouWin, double evidence, double[] grid, double[][] densities, double[] means,
                          double step) {
}
