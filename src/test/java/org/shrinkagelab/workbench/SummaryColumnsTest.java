package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.data.TabSeparated;
import org.shrinkagelab.engine.diag.ParameterSummary;

class SummaryColumnsTest {
    private static ParameterSummary row(String name, double mean, double essBulk, double rhat) {
        return new ParameterSummary(name, mean, 1.0, mean - 1.6, mean, mean + 1.6, 0.012, 0.034, essBulk, 900.0, rhat);
    }

    private static int decimalsOf(String number) {
        int dot = number.indexOf('.');
        return dot < 0 ? 0 : number.length() - dot - 1;
    }

    @Test
    void rhatsEitherSideOfTheThresholdAreWrittenApart() {
        // The case: at 3 decimals both showed "1.010" and only one was red.
        List<ParameterSummary> rows = List.of(row("mu", 4.4, 900, 1.00982), row("theta[3]", 6.0, 900, 1.01003));
        List<List<String>> text = SummaryColumns.text(rows, 4);
        int rhat = SummaryColumns.headers().indexOf("r_hat");
        String mu = text.get(0).get(rhat);
        String theta = text.get(1).get(rhat);
        assertNotEquals(mu, theta);
        assertEquals("1.00982", mu);
        assertEquals("1.01003", theta);
        assertEquals(DiagnosticThresholds.Rating.GOOD, DiagnosticThresholds.rHat(Double.parseDouble(mu)));
        assertEquals(DiagnosticThresholds.Rating.BAD, DiagnosticThresholds.rHat(Double.parseDouble(theta)));
    }

    /** An R-hat a hair above 1.01 cannot be written apart in 8 decimals; 8 is where the table stops. */
    @Test
    void decimalsStopAtEightEvenWhenTheRatingIsStillLost() {
        List<ParameterSummary> rows = List.of(row("mu", 4.4, 900, 1.0100000000001));
        String rhat = SummaryColumns.text(rows, 4).get(0).get(SummaryColumns.headers().indexOf("r_hat"));
        assertEquals("1.01000000", rhat);
        assertEquals(SummaryColumns.MAX_DECIMALS, decimalsOf(rhat));
    }

    @Test
    void rhatHasFourDecimalsWhenThatShowsEveryColour() {
        List<ParameterSummary> rows = List.of(row("mu", 4.4, 900, 1.0012), row("tau", 3.6, 900, 1.0234));
        assertEquals("1.0012", SummaryColumns.text(rows, 4).get(0).get(SummaryColumns.headers().indexOf("r_hat")));
    }

    @Test
    void anEssJustBelowItsThresholdIsNotRoundedUpToIt() {
        // 399.6 of 4 chains is amber (below 400); written whole it would read "400".
        List<ParameterSummary> rows = List.of(row("mu", 4.4, 399.6, 1.0), row("tau", 3.6, 1234.4, 1.0));
        List<List<String>> text = SummaryColumns.text(rows, 4);
        int ess = SummaryColumns.headers().indexOf("ess_bulk");
        assertEquals("399.6", text.get(0).get(ess));
        assertEquals("1234.4", text.get(1).get(ess), "one precision for the whole column");
        assertEquals("900", text.get(0).get(SummaryColumns.headers().indexOf("ess_tail")));
    }

    @Test
    void everyColumnHasOnePrecision() {
        List<ParameterSummary> rows = List.of(row("big", 123.456, 900, 1.0), row("small", 0.0123, 900, 1.0),
                row("mid", -4.5, 900, 1.0));
        List<List<String>> text = SummaryColumns.text(rows, 4);
        for (int c = 1; c < SummaryColumns.headers().size(); c++) {
            int d = decimalsOf(text.get(0).get(c));
            for (List<String> line : text) {
                assertEquals(d, decimalsOf(line.get(c)), SummaryColumns.headers().get(c) + ": " + text);
            }
        }
        int mean = SummaryColumns.headers().indexOf("mean");
        assertEquals("123.46", text.get(0).get(mean), "3 significant digits of the largest, at least 2 decimals");
        assertEquals("0.01", text.get(1).get(mean));
        assertEquals("0.0120", text.get(0).get(SummaryColumns.headers().indexOf("mcse_mean")));
    }

    @Test
    void aColumnOfSmallNumbersGetsMoreDecimals() {
        List<ParameterSummary> rows = List.of(row("a", 0.0123, 900, 1.0), row("b", 0.0045, 900, 1.0));
        assertEquals("0.0123", SummaryColumns.text(rows, 4).get(0).get(SummaryColumns.headers().indexOf("mean")));
        assertEquals("0.0045", SummaryColumns.text(rows, 4).get(1).get(SummaryColumns.headers().indexOf("mean")));
    }

    /** A column of zeros (a parameter fixed at 0) has no magnitude to go by: the least decimals, 2. */
    @Test
    void aColumnOfZerosGetsTheLeastDecimals() {
        List<ParameterSummary> rows = List.of(row("a", 0.0, 900, 1.0), row("b", 0.0, 900, 1.0));
        assertEquals("0.00", SummaryColumns.text(rows, 4).get(0).get(SummaryColumns.headers().indexOf("mean")));
    }

    @Test
    void missingAndNonFiniteNumbersAreWrittenAsSuch() {
        assertEquals("", SummaryColumns.format(null, 2));
        assertEquals("NA", SummaryColumns.format(Double.NaN, 2));
        assertEquals("-1.25", SummaryColumns.format(-1.245, 2), "half up, away from zero");
        assertEquals("2.50", SummaryColumns.format(2.5, 2));
    }

    @Test
    void theTabSeparatedCopyIsTheTableAsWritten() {
        List<ParameterSummary> rows = List.of(row("mu", 4.4, 900, 1.00982), row("theta[3]", 6.0, 900, 1.01003));
        String tsv = TabSeparated.of(SummaryColumns.headers(), SummaryColumns.text(rows, 4));
        String[] lines = tsv.split("\n");
        assertEquals(3, lines.length);
        assertEquals("parameter\tmean\tsd\t5%\t50%\t95%\tmcse_mean\tmcse_sd\tess_bulk\tess_tail\tr_hat", lines[0]);
        assertEquals("theta[3]\t6.00\t1.00\t4.40\t6.00\t7.60\t0.0120\t0.0340\t900\t900\t1.01003", lines[2]);
    }

    @Test
    void theLegendSaysWhatEachColourMeansWithTheChainsInForce() {
        assertEquals("r_hat above 1.01 or ESS below 100: do not trust this fit",
                SummaryColumns.legend(DiagnosticThresholds.Rating.BAD, 4));
        assertEquals("ESS below 100 per chain (600 here): run longer",
                SummaryColumns.legend(DiagnosticThresholds.Rating.WARNING, 6));
    }
}
