package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.diag.ParameterSummary;

class DiagnosticsVerdictTest {

    private static ParameterSummary row(String name, double essBulk, double essTail, double rhat) {
        return new ParameterSummary(name, 0.0, 1.0, -1.6, 0.0, 1.6, 0.01, 0.01, essBulk, essTail, rhat);
    }

    private static FitDiagnostics fit(List<ParameterSummary> rows, int divergences, int hits, double[] ebfmi,
                                      boolean centered, boolean complete) {
        return new FitDiagnostics(rows, 4, 1000, complete, divergences, new int[] {divergences, 0, 0, 0}, 10, hits,
                ebfmi, new double[] {0.4, 0.4, 0.4, 0.4}, centered, 0.8);
    }

    private static final double[] GOOD_EBFMI = {0.9, 1.0, 0.95, 1.1};

    @Test
    void aHealthyFitGetsTheAllClear() {
        DiagnosticsVerdict v = DiagnosticsVerdict.of(fit(List.of(row("mu", 2500, 2200, 1.001),
                row("tau", 900, 1100, 1.004)), 0, 0, GOOD_EBFMI, false, true));
        assertTrue(v.ok());
        assertEquals("No problems found: R-hat ≤ 1.01, ESS ≥ 400, no divergences.", v.headline());
    }

    @Test
    void divergencesInTheCenteredModelSuggestTheNonCenteredOne() {
        DiagnosticsVerdict v = DiagnosticsVerdict.of(fit(List.of(row("tau", 900, 1100, 1.004)), 37, 0, GOOD_EBFMI,
                true, true));
        assertEquals("37 divergences after warmup: try the non-centered parameterization or raise Target acceptance "
                + "(now 0.8); the posterior may be biased.", v.headline());
    }

    @Test
    void divergencesInTheNonCenteredModelSuggestRaisingAdaptDelta() {
        DiagnosticsVerdict v = DiagnosticsVerdict.of(fit(List.of(row("tau", 900, 1100, 1.004)), 1, 0, GOOD_EBFMI,
                false, true));
        assertTrue(v.headline().startsWith("1 divergence after warmup: raise Target acceptance (now 0.8)"), v.headline());
    }

    @Test
    void theWorstRhatAndTheLowestEssAreNamed() {
        DiagnosticsVerdict v = DiagnosticsVerdict.of(fit(List.of(row("mu", 800, 700, 1.004),
                row("tau", 150, 90, 1.05), row("theta[1]", 500, 450, 1.02)), 0, 0, GOOD_EBFMI, false, true));
        assertEquals(List.of("R-hat up to 1.0500 for tau (above 1.01): the chains disagree; raise Warmup iterations "
                        + "and Draws per chain.",
                "Tail ESS as low as 90 for tau (want 400, 100 per chain): raise Draws per chain or try the other "
                        + "parameterization."),
                v.findings());
    }

    @Test
    void rhatAtTheThresholdIsAccepted() {
        DiagnosticsVerdict v = DiagnosticsVerdict.of(fit(List.of(row("mu", 400, 400, 1.01)), 0, 0, GOOD_EBFMI,
                false, true));
        assertTrue(v.ok(), v.findings().toString());
    }

    @Test
    void treeDepthAndLowEbfmiAreReportedWithTheChains() {
        DiagnosticsVerdict v = DiagnosticsVerdict.of(fit(List.of(row("mu", 800, 700, 1.0)), 0, 12,
                new double[] {0.2, 1.0, 0.25, 0.9}, false, true));
        assertEquals(List.of("12 transitions hit the maximum tree depth 10: the sampler works hard; the geometry "
                        + "or the adaptation is poor: try the other parameterization or raise Warmup iterations.",
                "E-BFMI below 0.3 in chains 1 and 3: the sampler explores the energy poorly; try the other "
                        + "parameterization."),
                v.findings());
    }

    @Test
    void aCancelledRunSaysSoFirst() {
        DiagnosticsVerdict v = DiagnosticsVerdict.of(fit(List.of(row("mu", 800, 700, 1.0)), 0, 0, GOOD_EBFMI,
                false, false));
        assertFalse(v.ok());
        assertEquals("Incomplete run (cancelled after 1000 draws per chain): every number here is provisional.",
                v.headline());
    }

    @Test
    void numbersNearTheirThresholdsAreQuotedAsTheTableWritesThem() {
        // At 3 decimals 1.01003 read "1.01", which does not exceed 1.01; 399.6 read "400" beside "want 400".
        DiagnosticsVerdict v = DiagnosticsVerdict.of(fit(List.of(row("mu", 800, 700, 1.00982),
                row("theta[3]", 399.6, 800, 1.01003)), 0, 0, GOOD_EBFMI, false, true));
        assertEquals(List.of("R-hat up to 1.01003 for theta[3] (above 1.01): the chains disagree; raise Warmup "
                        + "iterations and Draws per chain.",
                "Bulk ESS as low as 399.6 for theta[3] (want 400, 100 per chain): raise Draws per chain or try the "
                        + "other parameterization."), v.findings());
    }

    @Test
    void everyAdviceNamesTheControlsAsLabelledNotAsOptions() {
        DiagnosticsVerdict v = DiagnosticsVerdict.of(fit(List.of(row("mu", 50, 40, 1.2)), 12, 7,
                new double[] {0.1, 0.1, 0.1, 0.1}, true, false));
        assertEquals(6, v.findings().size(), v.findings().toString());
        java.util.Set<String> labels = new java.util.HashSet<>();
        SamplerOptions.sampler().forEach(p -> labels.add(p.label()));
        for (String f : v.findings()) {
            assertFalse(f.contains("--") || f.contains("adapt_delta") || f.contains("adapt-delta")
                    || f.contains("adapt delta"), f);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("raise ([A-Z][a-z]+(?: [a-z]+)*)").matcher(f);
            while (m.find()) {
                String named = m.group(1);
                assertTrue(labels.stream().anyMatch(named::startsWith), "\"" + named + "\" in: " + f);
            }
        }
    }

    @Test
    void cellRatingsFollowTheThresholds() {
        assertEquals(DiagnosticThresholds.Rating.BAD, DiagnosticThresholds.rHat(1.011));
        assertEquals(DiagnosticThresholds.Rating.GOOD, DiagnosticThresholds.rHat(1.01));
        assertEquals(DiagnosticThresholds.Rating.NOT_APPLICABLE, DiagnosticThresholds.rHat(Double.NaN));
        assertEquals(DiagnosticThresholds.Rating.WARNING, DiagnosticThresholds.ess(399.0, 4));
        assertEquals(DiagnosticThresholds.Rating.GOOD, DiagnosticThresholds.ess(400.0, 4));
        assertEquals(DiagnosticThresholds.Rating.BAD, DiagnosticThresholds.ess(99.0, 4));
    }
}
