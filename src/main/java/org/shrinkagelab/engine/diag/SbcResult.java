package org.shrinkagelab.engine.diag;

import java.util.List;

/**
 * Ranks of the true parameters among thinned posterior draws over SBC replications, with their uniformity tests.
 *
 * @param names          the parameters, as the model's output names
 * @param ranks          [parameter][replication] ranks in 0..drawsPerFit, in replication order
 * @param drawsPerFit    L, the thinned draws each truth is ranked among (ranks take L + 1 values)
 * @param tests          per parameter, the chi-square test of uniform ranks
 * @param lowEssFits     replications whose fit had fewer than L effective draws (thinned less than ESS asks)
 * @param divergentFits  replications whose fit had a divergent transition
 * @param complete       false if cancelled: the ranks are those of the replications finished by then
 */
public record SbcResult(List<String> names, int[][] ranks, int drawsPerFit, List<RankUniformity.Test> tests,
                        int lowEssFits, int divergentFits, boolean complete) {
    /** Keeps unmodifiable name and test lists. */
    public SbcResult {
        names = List.copyOf(names);
        tests = List.copyOf(tests);
    }

    /** Number of replications whose ranks are recorded. */
    public int replications() {
        return ranks.length == 0 ? 0 : ranks[0].length;
    }

    /** The smallest p-value over parameters: a quick look, to be judged against the number of tests. */
    public double minPValue() {
        return tests.stream().mapToDouble(RankUniformity.Test::pValue).min().orElse(Double.NaN);
    }
}
