package org.shrinkagelab.workbench;

import org.shrinkagelab.data.EightSchoolsData;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionParsingTest {

    @Test
    void extremePriorArgumentsNameTheRangeThatWorks() {
        // 1e-308 used to reach the sampler, which found no starting point (exit 1, no option named)
        assertMessage(() -> TauPrior.parse("half-cauchy:1e-308"), "scale S must be from 0.01 to 1000", "1.0E-308");
        assertMessage(() -> MuPrior.parse("normal:1e300,1"), "mean M must be from -1000 to 1000");
        assertMessage(() -> TauPrior.parse("uniform:0,1e300"), "upper bound U must be from 0 to 1000");
        assertMessage(() -> TauPrior.parse("half-normal:0x1p1"), "is not a number");
    }

    @Test
    void tauPriorsRoundTripThroughTheirTextForm() {
        for (String text : new String[] {"half-cauchy:2", "half-normal:5", "uniform:0,100", "exponential:0.5",
            "inv-gamma:1,1", "half-student-t:3,2.5"}) {
            TauPrior prior = TauPrior.parse(text);
            assertEquals(text, prior.toString());
            assertEquals(prior, TauPrior.parse(" " + text.toUpperCase() + " "));
        }
        assertArrayEquals(new double[] {3, 2.5}, TauPrior.parse("half-student-t:3,2.5").arguments());
        assertEquals(TauPrior.Family.UNIFORM, TauPrior.uniform(1, 2).family());
        assertEquals(2, TauPrior.uniform(1, 2).upper());
    }

    @Test
    void tauPriorMessagesSayWhatIsWrong() {
        assertMessage(() -> TauPrior.parse("half-cochy:2"), "unknown family 'half-cochy'", "half-cauchy:S");
        assertMessage(() -> TauPrior.parse("half-cauchy:2,3"), "half-cauchy takes 1 argument", "got 2");
        assertMessage(() -> TauPrior.parse("half-cauchy:-1"), "scale S must be from 0.01 to 1000", "-1");
        assertMessage(() -> TauPrior.parse("uniform:5,1"), "0 <= L < U");
        assertMessage(() -> TauPrior.parse("inv-gamma:1,x"), "argument 2 'x' is not a number");
        assertMessage(() -> TauPrior.parse(""), "empty");
        assertMessage(() -> TauPrior.parse("half-student-t:0,1"), "degrees of freedom NU must be from 0.01 to 1000");
    }

    @Test
    void muPriorAndPopulationAndParameterization() {
        assertEquals("normal:0,20", MuPrior.parse("normal:0,20").toString());
        assertTrue(MuPrior.parse("flat").isFlat());
        assertMessage(() -> MuPrior.parse("normal:0"), "normal takes 2 arguments (normal:M,S), got 1");
        assertMessage(() -> MuPrior.parse("cauchy:0,1"), "unknown family 'cauchy'", "normal:M,S");
        assertEquals(4, Population.parse("student-t:4").nu());
        assertTrue(Population.parse("normal").isNormal());
        assertMessage(() -> Population.parse("student-t"), "student-t takes 1 argument");
        assertEquals(Parameterization.NONCENTERED, Parameterization.parse("Non-Centered"));
        assertEquals("centered", Parameterization.parse("centered").toString());
        assertMessage(() -> Parameterization.parse("both"), "'both'", "centered, noncentered");
    }

    @Test
    void completePoolingOfTheEightSchools() {
        // BDA3 section 5.5: pooled estimate 7.7 with standard error 4.1
        EightSchoolsData data = EightSchoolsData.bundled();
        double w = 0;
        double wy = 0;
        for (int j = 0; j < 8; j++) {
            w += 1 / (data.stderrs()[j] * data.stderrs()[j]);
            wy += data.effects()[j] / (data.stderrs()[j] * data.stderrs()[j]);
        }
        assertEquals(wy / w, data.pooledMean(), 1e-12);
        assertEquals(7.69, data.pooledMean(), 0.005);
        assertEquals(4.07, data.pooledSd(), 0.005);
        assertMessage(() -> EightSchoolsData.of(new double[] {1, 2}, new double[] {1, 0}),
                "school 2: standard error must be finite and > 0, was 0.0", "> 0");
    }

    @Test
    void everyTauPriorFamilyRefusesTheWrongNumberOfArguments() {
        // an extra argument ignored would be a prior other than the one typed
        assertMessage(() -> TauPrior.parse("half-normal:5,1"), "half-normal takes 1 argument", "got 2");
        assertMessage(() -> TauPrior.parse("uniform:0,5,9"), "uniform takes 2 arguments", "got 3");
        assertMessage(() -> TauPrior.parse("exponential:1,2"), "exponential takes 1 argument", "got 2");
        assertMessage(() -> TauPrior.parse("inv-gamma:1"), "inv-gamma takes 2 arguments", "got 1");
        assertMessage(() -> TauPrior.parse("half-student-t:3"), "half-student-t takes 2 arguments", "got 1");
    }

    @Test
    void uniformTauPriorTakesZeroAsLowerBoundButNoEmptyInterval() {
        assertEquals(0, TauPrior.parse("uniform:0,5").lower());
        assertMessage(() -> TauPrior.parse("uniform:3,3"), "0 <= L < U", "L = 3.0, U = 3.0");
    }

    @Test
    void programmaticTauPriorArgumentsMustBeFiniteAndPositive() {
        assertMessage(() -> TauPrior.halfCauchy(0), "finite and > 0", "was 0.0");
        assertMessage(() -> TauPrior.halfNormal(Double.POSITIVE_INFINITY), "finite and > 0", "was Infinity");
        // no range: the smallest positive double is a (very sharp) prior
        assertEquals(Double.MIN_VALUE, TauPrior.halfCauchy(Double.MIN_VALUE).arguments()[0]);
    }

    @Test
    void tauPriorsDifferingInFamilyOrAnArgumentAreNotEqual() {
        assertNotEquals(TauPrior.halfCauchy(2), TauPrior.halfNormal(2));
        assertNotEquals(TauPrior.halfCauchy(2), TauPrior.halfCauchy(3));
        assertNotEquals(TauPrior.inverseGamma(1, 2), TauPrior.inverseGamma(1, 3));
        assertNotEquals(TauPrior.halfCauchy(2), (Object) "half-cauchy:2");
    }

    @Test
    void muPriorsAreEqualExactlyWhenMeanAndSdAre() {
        assertEquals(MuPrior.parse("normal:0,20"), MuPrior.normal(0, 20));
        assertEquals(MuPrior.parse("flat"), MuPrior.flat());
        assertEquals(MuPrior.normal(1, 2).hashCode(), MuPrior.parse("normal:1,2").hashCode());
        assertNotEquals(MuPrior.normal(0, 20), MuPrior.normal(1, 20));
        assertNotEquals(MuPrior.normal(0, 20), MuPrior.normal(0, 21));
        assertNotEquals(MuPrior.normal(0, 20), MuPrior.flat());
        assertNotEquals(MuPrior.normal(0, 20), (Object) "normal:0,20");
    }

    @Test
    void populationsAreEqualExactlyWhenTheirDegreesOfFreedomAre() {
        assertEquals(Population.parse("student-t:4"), Population.studentT(4));
        assertEquals(Population.studentT(4).hashCode(), Population.parse("student-t:4").hashCode());
        assertEquals(Population.normal(), Population.parse("normal"));
        assertNotEquals(Population.studentT(4), Population.studentT(5));
        assertNotEquals(Population.studentT(4), Population.normal());
        assertNotEquals(Population.normal(), (Object) "normal");
    }

    @Test
    void familiesWithoutArgumentsRefuseSome() {
        assertMessage(() -> MuPrior.parse("flat:3"), "flat takes 0 arguments (flat), got 1");
        assertMessage(() -> Population.parse("normal:3"), "normal takes 0 arguments (normal), got 1");
    }

    @Test
    void normalMuPriorNeedsAPositiveSd() {
        assertMessage(() -> MuPrior.normal(0, 0), "positive sd");
        assertEquals(1e-6, MuPrior.normal(0, 1e-6).sd());
    }

    /** The ranges are closed: their ends are allowed, a hair beyond them is not. */
    @Test
    void rangeEndsAreAllowed() {
        assertEquals(-1000, MuPrior.parse("normal:-1000,1000").mean());
        assertEquals(1000, MuPrior.parse("normal:1000,0.01").mean());
        assertEquals(0.01, MuPrior.parse("normal:1000,0.01").sd());
        assertMessage(() -> MuPrior.parse("normal:0,1000.5"), "sd S must be from 0.01 to 1000, was 1000.5");
        assertMessage(() -> MuPrior.parse("normal:-1000.5,1"), "mean M must be from -1000 to 1000");
    }

    /** The text after the first colon is the arguments even with no family before it. */
    @Test
    void argumentsAreCheckedWhateverTheFamily() {
        assertMessage(() -> MuPrior.parse(":x"), "argument 1 'x' is not a number");
        assertMessage(() -> MuPrior.parse(":1"), "unknown family ''");
        assertMessage(() -> MuPrior.parse("normal:0,1e400"), "argument 2 must be finite");
    }

    @Test
    void tauPriorChoiceRefusesAZeroScale() {
        assertMessage(() -> TauPriorChoice.of(TauPrior.Family.HALF_CAUCHY, 0), "positive number, was 0");
    }

    @Test
    void parameterizationOptionIsNamedForItsLevel() {
        assertEquals(SamplerOptions.PARAMETERIZATION,
                SamplerOptions.parameterization(null, Parameterization.CENTERED).name());
        assertEquals(SamplerOptions.PARAMETERIZATION + "-district",
                SamplerOptions.parameterization("district", Parameterization.CENTERED).name());
        assertEquals("Parameterization of district",
                SamplerOptions.parameterization("district", Parameterization.CENTERED).label());
    }

    @Test
    void onlyRefusesAnOptionItDoesNotHave() {
        assertMessage(() -> SamplerOptions.only(List.of(SamplerOptions.parameterization(null,
                Parameterization.CENTERED)), List.of("nope")), "no option --nope");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable call, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "message '" + e.getMessage() + "' lacks '" + part + "'");
        }
    }
}
