package org.shrinkagelab.engine.diag;

import org.shrinkagelab.engine.sample.Draws;

/**
 * The two distributions of Betancourt's energy diagnostic, as ArviZ's {@code plot_energy} draws them: the
 * marginal energy (every draw's {@code energy__} minus the mean over all chains) and the energy transitions
 * (differences of {@code energy__} between successive draws of a chain). When the transitions are much
 * narrower than the marginal, momentum resampling explores the energy slowly (low E-BFMI).
 *
 * @param marginal    centred energies, chains one after another
 * @param transitions successive differences within each chain, chains one after another
 * @param ebfmi       E-BFMI per chain, as {@link Diagnostics#ebfmi(Draws)}
 */
public record EnergyDistribution(double[] marginal, double[] transitions, double[] ebfmi) {

    /** The energy distributions of draws that carry the {@code energy__} statistic. */
    public static EnergyDistribution of(Draws draws) {
        if (!draws.hasStat("energy__")) {
            throw new IllegalArgumentException("the draws have no energy__ statistic (only Hamiltonian samplers record it)");
        }
        double[][] energy = draws.stat("energy__");
        int total = 0;
        int diffs = 0;
        double sum = 0;
        for (double[] chain : energy) {
            total += chain.length;
            diffs += Math.max(0, chain.length - 1);
            for (double e : chain) {
                sum += e;
            }
        }
        double mean = total == 0 ? Double.NaN : sum / total;
        double[] marginal = new double[total];
        double[] transitions = new double[diffs];
        int m = 0;
        int t = 0;
        for (double[] chain : energy) {
            for (int i = 0; i < chain.length; i++) {
                marginal[m++] = chain[i] - mean;
                if (i > 0) {
                    transitions[t++] = chain[i] - chain[i - 1];
                }
            }
        }
        return new EnergyDistribution(marginal, transitions, Diagnostics.ebfmi(draws));
    }
}
