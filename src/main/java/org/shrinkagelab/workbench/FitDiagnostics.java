package org.shrinkagelab.workbench;

import java.util.ArrayList;
import java.util.List;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.engine.sample.Draws;

/**
 * The sampler's health in numbers: the summary rows and the per-chain statistics a user checks
 * before believing a fit.
 *
 * @param parameters      one summary row per parameter (R-hat, ESS, MCSE)
 * @param chains          number of chains
 * @param drawsPerChain   draws in the shortest chain (after warmup)
 * @param complete        false if the run was cancelled and these are the draws made so far
 * @param divergences     divergent transitions over all chains
 * @param divergencesPerChain divergent transitions of each chain
 * @param maxTreedepth    the sampler's maximum tree depth
 * @param treedepthHits   transitions that reached the maximum tree depth
 * @param ebfmi           E-BFMI of each chain (NaN where not computable)
 * @param stepSize        the adapted step size of each chain (NaN where absent)
 * @param centered        whether the model was sampled in the centered parameterization
 * @param adaptDelta      the target acceptance rate of the step-size adaptation
 */
public record FitDiagnostics(List<ParameterSummary> parameters, int chains, int drawsPerChain, boolean complete,
                             int divergences, int[] divergencesPerChain, int maxTreedepth, int treedepthHits,
                             double[] ebfmi, double[] stepSize, boolean centered, double adaptDelta) {

    /**
     * Gathers the diagnostics of the draws (divergences, tree depth, E-BFMI) beside their summary rows
     * (left out when the chains are too short to summarize) and the chains' step sizes.
     */
    public static FitDiagnostics of(Draws draws, List<ParameterSummary> summaries, double[] stepSizes,
                                    int maxTreedepth, boolean centered, double adaptDelta) {
        List<ParameterSummary> rows = draws.shortestChain() >= 4 ? List.copyOf(summaries) : List.of();
        int chains = draws.chains();
        int[] perChain = new int[chains];
        if (draws.hasStat("divergent__")) {
            double[][] div = draws.stat("divergent__");
            for (int c = 0; c < chains; c++) {
                for (double v : div[c]) {
                    if (v != 0) {
                        perChain[c]++;
                    }
                }
            }
        }
        double[] ebfmi = draws.hasStat("energy__") ? Diagnostics.ebfmi(draws) : nan(chains);
        return new FitDiagnostics(rows, chains, draws.shortestChain(), draws.complete(),
                Diagnostics.divergences(draws), perChain, maxTreedepth,
                Diagnostics.treedepthHits(draws, maxTreedepth), ebfmi, stepSizes.clone(), centered, adaptDelta);
    }

    /** The chains whose E-BFMI is below the usual 0.3 threshold, 1-based. */
    public List<Integer> lowEbfmiChains() {
        List<Integer> low = new ArrayList<>();
        for (int c = 0; c < ebfmi.length; c++) {
            if (ebfmi[c] < DiagnosticThresholds.EBFMI_LOW) {
                low.add(c + 1);
            }
        }
        return low;
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }
}
