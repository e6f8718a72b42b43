package org.shrinkagelab.workbench;

import java.util.Locale;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.engine.sample.LiveDraws;

/**
 * The running R-hat and bulk ESS of one parameter from the draws after warmup so far, so a user can
 * watch the chains converge and stop early; NaN until every chain has 4 draws after warmup.
 *
 * @param name           the parameter
 * @param drawsPerChain  draws after warmup in the shortest chain
 * @param warmupDone     iterations done in the chain least far along, while still warming up (else -1)
 * @param warmup         warmup iterations per chain
 * @param rHat           rank-normalized split R-hat of those draws
 * @param essBulk        bulk ESS of those draws
 */
public record LiveDiagnostics(String name, int drawsPerChain, int warmupDone, int warmup, double rHat,
                              double essBulk) {
    /** Draws per chain below which R-hat and ESS are not computed. */
    public static final int MIN_DRAWS = 4;

    /** The running diagnostics of a snapshot. */
    public static LiveDiagnostics of(LiveDraws.Snapshot s) {
        double[][] kept = s.afterWarmup();
        int n = kept.length == 0 ? 0 : kept[0].length;
        int least = Integer.MAX_VALUE;
        for (double[] c : s.chains()) {
            least = Math.min(least, c.length);
        }
        int warmupDone = n == 0 && kept.length > 0 ? Math.min(least, s.warmup()) : -1;
        if (n < MIN_DRAWS) {
            return new LiveDiagnostics(s.name(), n, warmupDone, s.warmup(), Double.NaN, Double.NaN);
        }
        return new LiveDiagnostics(s.name(), n, warmupDone, s.warmup(), Diagnostics.rhat(kept),
                Diagnostics.essBulk(kept));
    }

    /** One line for the trace's note and the run panel, e.g. "tau after 350 draws per chain: R-hat 1.004, bulk ESS 812". */
    public String text() {
        if (drawsPerChain < MIN_DRAWS) {
            return warmupDone >= 0
                    ? String.format(Locale.ROOT, "%s: warming up (%d/%d); R-hat and ESS follow the warmup", name,
                            warmupDone, warmup)
                    : name + ": too few draws after warmup for R-hat and ESS yet";
        }
        return String.format(Locale.ROOT, "%s after %d draws per chain: R-hat %.3f, bulk ESS %.0f", name,
                drawsPerChain, rHat, essBulk);
    }
}
