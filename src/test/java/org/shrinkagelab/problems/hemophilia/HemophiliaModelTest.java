package org.shrinkagelab.problems.hemophilia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** The carrier posterior against the course's values and hand-computed fractions. */
class HemophiliaModelTest {

    private static List<HemophiliaStep> run(String prior, String sons) {
        return HemophiliaModel.sequence(HemophiliaModel.exactPrior(Double.parseDouble(prior)),
                SonSequence.parse(sons));
    }

    @Test
    void courseValuesAfterTwoUnaffectedSons() {
        HemophiliaStep last = run("0.5", "0,0").get(2);
        assertEquals(new BigFraction(5, 8), last.evidence());
        assertEquals(new BigFraction(1, 5), last.posterior());
        assertEquals(new BigFraction(1, 10), last.predictive());
        assertEquals(0.625, last.evidence().doubleValue(), 0);
    }

    @Test
    void thirdUnaffectedSonGivesOneNinth() {
        List<HemophiliaStep> steps = run("0.5", "0,0,0");
        assertEquals(new BigFraction(1, 9), steps.get(3).posterior());
        assertEquals(new BigFraction(1, 18), steps.get(3).predictive());
        // Sequential updating: each posterior is the previous one updated by one son (Bayes by hand).
        for (int i = 1; i < steps.size(); i++) {
            BigFraction prev = steps.get(i - 1).posterior();
            BigFraction byHand = prev.multiply(BigFraction.ONE_HALF)
                    .divide(prev.multiply(BigFraction.ONE_HALF).add(BigFraction.ONE.subtract(prev)));
            assertEquals(byHand, steps.get(i).posterior());
        }
    }

    @Test
    void priorRowHasThePriorAndHalfOfItAsPredictive() {
        HemophiliaStep first = run("0.3", "").get(0);
        assertEquals(new BigFraction(3, 10), first.posterior());
        assertEquals(new BigFraction(3, 20), first.predictive());
        assertEquals(BigFraction.ONE, first.evidence());
    }

    @Test
    void anAffectedSonMakesTheMotherACarrier() {
        List<HemophiliaStep> steps = run("0.5", "0,1,0");
        assertEquals(BigFraction.ONE, steps.get(2).posterior());
        assertEquals(BigFraction.ONE, steps.get(3).posterior());
        assertEquals(BigFraction.ONE_HALF, steps.get(3).predictive());
        // P(0,1,0) = 1/2 * (1/2)^3 = 1/16: only the carrier branch can produce it.
        assertEquals(new BigFraction(1, 16), steps.get(3).evidence());
        assertTrue(HemophiliaModel.explanation(steps).contains("non-carrier mother cannot have an affected son"));
    }

    @Test
    void priorsOfZeroAndOneAreHandled() {
        assertEquals(BigFraction.ZERO, run("0", "0,0").get(2).posterior());
        assertEquals(BigFraction.ONE, run("1", "0,0").get(2).posterior());
        assertEquals(new BigFraction(1, 4), run("1", "0,0").get(2).evidence());
        HemophiliaStep impossible = run("0", "0,1").get(2);
        assertTrue(impossible.impossible());
        assertEquals(BigFraction.ZERO, impossible.evidence());
        assertNull(impossible.predictive());
        assertTrue(HemophiliaModel.explanation(run("0", "1")).contains("impossible"));
    }

    @Test
    void decimalPriorBecomesTheFractionWritten() {
        assertEquals(new BigFraction(1, 10), HemophiliaModel.exactPrior(0.1));
        assertEquals(new BigFraction(123, 1000), HemophiliaModel.exactPrior(0.123));
        assertEquals(BigFraction.ONE, HemophiliaModel.exactPrior(1.0));
        assertThrows(IllegalArgumentException.class, () -> HemophiliaModel.exactPrior(1.5));
    }

    @Test
    void fractionTextIsReadable() {
        assertEquals("1/5", HemophiliaModel.fractionText(new BigFraction(2, 10)));
        assertEquals("1", HemophiliaModel.fractionText(BigFraction.ONE));
        assertEquals("0", HemophiliaModel.fractionText(BigFraction.ZERO));
    }

    @Test
    void sonSequenceParsesAndRefusesClearly() {
        assertEquals(0, SonSequence.parse("").size());
        assertEquals(List.of(false, false, true), SonSequence.parse(" 0, 0 ,1 ").affected());
        assertEquals("0,1", SonSequence.parse("0,1").text());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SonSequence.parse("0,2"));
        assertTrue(e.getMessage().contains("son 2 is '2'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SonSequence.parse("0,,1"));
        assertThrows(IllegalArgumentException.class, () -> SonSequence.parse("0,".repeat(51) + "0"));
        assertEquals(50, SonSequence.parse("0,".repeat(49) + "0").size());
    }
}
