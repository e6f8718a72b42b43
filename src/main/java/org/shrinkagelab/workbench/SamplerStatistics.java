package org.shrinkagelab.workbench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The sampler statistics of a fit as a small fixed-width table: divergences, tree depth, step size and E-BFMI per chain. */
public final class SamplerStatistics {
    private SamplerStatistics() {
    }

    /** The table's text. */
    public static String text(FitDiagnostics d) {
        StringBuilder sb = new StringBuilder();
        sb.append("divergences: ").append(d.divergences()).append(" (per chain ")
                .append(Arrays.stream(d.divergencesPerChain()).mapToObj(Integer::toString)
                        .collect(Collectors.joining(", "))).append(")\n");
        sb.append("transitions at max tree depth ").append(d.maxTreedepth()).append(": ").append(d.treedepthHits())
                .append("\n\n");
        sb.append(String.format(Locale.ROOT, "%-6s %10s %8s %6s%n", "chain", "step size", "E-BFMI", "div."));
        for (int c = 0; c < d.chains(); c++) {
            sb.append(String.format(Locale.ROOT, "%-6d %10s %8s %6d%n", c + 1, fmt(d.stepSize()[c]),
                    fmt(d.ebfmi()[c]), d.divergencesPerChain()[c]));
        }
        sb.append("\nE-BFMI below ").append(DiagnosticThresholds.EBFMI_LOW).append(" flags poor energy exploration.");
        return sb.toString();
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3g", v) : "NA";
    }
}
