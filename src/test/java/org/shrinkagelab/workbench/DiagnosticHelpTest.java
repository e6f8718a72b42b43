package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DiagnosticHelpTest {
    @Test
    void everySummaryColumnHasItsHelpByItsHeader() {
        for (SummaryColumns.Column c : SummaryColumns.COLUMNS) {
            assertEquals(c.help(), DiagnosticHelp.of(c.header()));
            assertFalse(c.help().meaning().isEmpty(), c.header());
            assertFalse(c.help().action().isEmpty(), c.header());
        }
    }

    @Test
    void theJudgedColumnsStateTheirThresholdsAsTheColoursApplyThem() {
        for (SummaryColumns.Column c : SummaryColumns.COLUMNS) {
            assertEquals(c.judged() != SummaryColumns.Judged.NOT, !c.help().threshold().isEmpty(), c.header());
        }
        assertTrue(DiagnosticHelp.R_HAT.threshold().contains("above 1.01"), DiagnosticHelp.R_HAT.threshold());
        assertTrue(DiagnosticHelp.ESS_BULK.threshold().contains("below 100 in total"));
        assertTrue(DiagnosticHelp.ESS_BULK.threshold().contains("below 100 per chain"));
        assertTrue(DiagnosticHelp.R_HAT.text().startsWith(DiagnosticHelp.R_HAT.meaning() + "\n"
                + DiagnosticHelp.R_HAT.threshold() + "\n"));
    }

    @Test
    void theAdviceNamesTheControlsAsTheWindowLabelsThem() {
        for (DiagnosticHelp h : DiagnosticHelp.values()) {
            assertFalse(h.text().contains("--"), h + ": " + h.text());
            assertFalse(h.text().matches("(?s).*adapt.delta.*"), h + ": " + h.text());
        }
        assertTrue(DiagnosticHelp.ESS_BULK.action().contains("Draws per chain"));
        assertTrue(DiagnosticHelp.R_HAT.action().contains("Warmup iterations"));
    }
}
