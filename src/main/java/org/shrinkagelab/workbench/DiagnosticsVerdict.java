package org.shrinkagelab.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shrinkagelab.engine.diag.ParameterSummary;

/**
 * A plain-language verdict on a fit: what is wrong (divergences, disagreeing chains, too few
 * effective draws, saturated trees, poor energy exploration) and what to try, most urgent first.
 *
 * @param findings one sentence per problem found, most urgent first; empty when all is well
 * @param headline the sentence to show first (the first finding, or the all-clear)
 */
public record DiagnosticsVerdict(List<String> findings, String headline) {

    /** Tells whether no problem was found. */
    public boolean ok() {
        return findings.isEmpty();
    }

    /** Judges the diagnostics of a fit. */
    public static DiagnosticsVerdict of(FitDiagnostics d) {
        List<String> findings = new ArrayList<>();
        if (!d.complete()) {
            findings.add("Incomplete run (cancelled after " + d.drawsPerChain()
                    + " draws per chain): every number here is provisional.");
        }
        String acceptance = SamplerOptions.label(SamplerOptions.ADAPT_DELTA);
        String draws = SamplerOptions.label(SamplerOptions.DRAWS);
        if (d.divergences() > 0) {
            String advice = d.centered()
                    ? "try the non-centered parameterization or raise " + acceptance + " (now "
                    + fmt(d.adaptDelta()) + ")"
                    : "raise " + acceptance + " (now " + fmt(d.adaptDelta()) + ") toward 0.99 and look at the funnel";
            findings.add(d.divergences() + (d.divergences() == 1 ? " divergence" : " divergences")
                    + " after warmup: " + advice + "; the posterior may be biased.");
        }
        ParameterSummary worstRhat = null;
        for (ParameterSummary p : d.parameters()) {
            if (p.rHat() != null && !p.rHat().isNaN()
                    && (worstRhat == null || p.rHat() > worstRhat.rHat())) {
                worstRhat = p;
            }
        }
        if (worstRhat != null && worstRhat.rHat() > DiagnosticThresholds.RHAT_LIMIT) {
            findings.add("R-hat up to " + SummaryColumns.shown(DiagnosticHelp.R_HAT, worstRhat.rHat(), d.parameters(),
                    d.chains()) + " for " + worstRhat.name() + " (above " + fmt(DiagnosticThresholds.RHAT_LIMIT)
                    + "): the chains disagree; raise " + SamplerOptions.label(SamplerOptions.WARMUP) + " and "
                    + draws + ".");
        }
        ParameterSummary worstEss = null;
        double lowest = Double.POSITIVE_INFINITY;
        String kind = "";
        for (ParameterSummary p : d.parameters()) {
            if (p.essBulk() != null && p.essBulk() < lowest) {
                lowest = p.essBulk();
                worstEss = p;
                kind = "bulk";
            }
            if (p.essTail() != null && p.essTail() < lowest) {
                lowest = p.essTail();
                worstEss = p;
                kind = "tail";
            }
        }
        double wanted = DiagnosticThresholds.ESS_PER_CHAIN * d.chains();
        if (worstEss != null && lowest < wanted) {
            DiagnosticHelp column = kind.equals("bulk") ? DiagnosticHelp.ESS_BULK : DiagnosticHelp.ESS_TAIL;
            findings.add(String.format(Locale.ROOT, "%s ESS as low as %s for %s (want %.0f, 100 per chain): "
                    + "raise %s or try the other parameterization.", kind.equals("bulk") ? "Bulk" : "Tail",
                    SummaryColumns.shown(column, lowest, d.parameters(), d.chains()), worstEss.name(), wanted, draws));
        }
        if (d.treedepthHits() > 0) {
            findings.add(d.treedepthHits() + " transitions hit the maximum tree depth " + d.maxTreedepth()
                    + ": the sampler works hard; the geometry or the adaptation is poor: try the other "
                    + "parameterization or raise " + SamplerOptions.label(SamplerOptions.WARMUP) + ".");
        }
        List<Integer> low = d.lowEbfmiChains();
        if (!low.isEmpty()) {
            findings.add("E-BFMI below " + fmt(DiagnosticThresholds.EBFMI_LOW) + " in chain"
                    + (low.size() == 1 ? " " : "s ") + join(low)
                    + ": the sampler explores the energy poorly; try the other parameterization.");
        }
        String headline = findings.isEmpty()
                ? String.format(Locale.ROOT, "No problems found: R-hat ≤ %s, ESS ≥ %.0f, no divergences.",
                        fmt(DiagnosticThresholds.RHAT_LIMIT), wanted)
                : findings.get(0);
        return new DiagnosticsVerdict(List.copyOf(findings), headline);
    }

    private static String join(List<Integer> values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(i == values.size() - 1 ? " and " : ", ");
            }
            sb.append(values.get(i));
        }
        return sb.toString();
    }

    private static String fmt(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
