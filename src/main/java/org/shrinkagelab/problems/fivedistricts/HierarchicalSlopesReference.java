package org.shrinkagelab.problems.fivedistricts;

import java.util.List;

/**
 * The exact posterior of the hierarchical Five Districts model by quadrature over (tau_D, tau_S).
 *
 * @param tauD         moments of tau_D
 * @param tauS         moments of tau_S
 * @param mu           moments of the population slope mu
 * @param betaDistrict moments of each district slope, districts in data order
 * @param beta         moments of each school slope, schools in data order
 * @param tauDDensity  p(tau_D | y) on a grid
 * @param tauSDensity  p(tau_S | y) on a grid
 * @param muDensity    p(mu | y) on a grid
 * @param converged    whether the adaptive quadrature met its tolerance everywhere
 */
public record HierarchicalSlopesReference(NormalMoments tauD, NormalMoments tauS, NormalMoments mu,
                                          List<NormalMoments> betaDistrict, List<NormalMoments> beta,
                                          Density tauDDensity, Density tauSDensity, Density muDensity,
                                          boolean converged) {

    /**
     * A marginal posterior density at grid points.
     *
     * @param x       the grid, increasing
     * @param density the density at each grid point
     */
    public record Density(double[] x, double[] density) {
    }
}
