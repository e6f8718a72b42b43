package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.workbench.TauPrior.Family;

/** The one-slider tau prior against the text forms its documentation gives for each family. */
class TauPriorChoiceTest {

    @Test
    void eachFamilyWithScaleSIsTheDocumentedPrior() {
        // the class documentation: half-cauchy:S, half-normal:S, uniform:0,S, exponential with mean S (rate 1/S),
        // inv-gamma:1,S, half-student-t:3,S
        String[] documented = {"half-cauchy:4", "half-normal:4", "uniform:0,4", "exponential:0.25", "inv-gamma:1,4",
            "half-student-t:3,4"};
        Family[] families = {Family.HALF_CAUCHY, Family.HALF_NORMAL, Family.UNIFORM, Family.EXPONENTIAL,
            Family.INV_GAMMA, Family.HALF_STUDENT_T};
        for (int k = 0; k < families.length; k++) {
            TauPrior prior = TauPriorChoice.of(families[k], 4);
            assertEquals(TauPrior.parse(documented[k]), prior, documented[k]);
            assertEquals(4, TauPriorChoice.scaleOf(prior), 1e-15, documented[k]);
            assertEquals(families[k], TauPriorChoice.family(families[k].id()));
        }
    }

    @Test
    void theScaleMustBeAFinitePositiveNumber() {
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TauPriorChoice.of(Family.HALF_CAUCHY, bad));
            assertTrue(e.getMessage().startsWith("tau prior scale must be a positive number, was " + bad),
                    e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TauPriorChoice.family("half-cochy"))
                .getMessage().contains("'half-cochy'"));
    }

    @Test
    void theChosenPriorTakesItsFamilysPlaceInTheComparison() {
        TauPrior chosen = TauPrior.parse("half-normal:3");
        List<TauPrior> priors = TauPriorChoice.comparisonPriors(chosen);
        List<TauPrior> set = TauPriorChoice.comparisonSet();
        assertEquals(Family.values().length, priors.size());
        for (int k = 0; k < set.size(); k++) {
            assertEquals(set.get(k).family() == Family.HALF_NORMAL ? chosen : set.get(k), priors.get(k));
        }
        // a family starts at its comparison prior's scale: half-cauchy 2, uniform up to 50, exponential mean 10
        assertEquals(2, TauPriorChoice.defaultScale(Family.HALF_CAUCHY));
        assertEquals(50, TauPriorChoice.defaultScale(Family.UNIFORM));
        assertEquals(10, TauPriorChoice.defaultScale(Family.EXPONENTIAL), 1e-12);
        assertEquals(1, TauPriorChoice.defaultScale(Family.INV_GAMMA));
        assertEquals(5, TauPriorChoice.defaultScale(Family.HALF_STUDENT_T));
        assertEquals("mean (1/rate)", TauPriorChoice.scaleMeaning(Family.EXPONENTIAL));
        assertEquals("upper bound", TauPriorChoice.scaleMeaning(Family.UNIFORM));
    }
}
