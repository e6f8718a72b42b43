package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.workbench.TauPrior.Family;

class SliderPriorTest {
    private static final ParameterSpec SCALE = ParameterSpec.real("s", "tau prior scale", 0.1, 100, 2).logScale();
    private final SliderPrior tau = SliderPrior.tau("tau-prior", "tau prior family",
            List.of(Family.HALF_CAUCHY, Family.EXPONENTIAL, Family.UNIFORM), SCALE, f -> f == Family.UNIFORM ? 50 : 10);

    private static Settings sliders(SliderPrior p, double... values) {
        Settings s = Settings.defaults(p.sliders());
        for (int i = 0; i < values.length; i++) {
            s = s.with(p.sliders().get(i).name(), values[i]);
        }
        return s;
    }

    @Test
    void aTauPriorsTextIsItsFamilyAndScaleBothWays() {
        assertEquals(new SliderPrior.Reading("half-cauchy", Map.of("s", 2.5)), tau.read("half-cauchy:2.5"));
        assertEquals("half-cauchy:2.5", tau.text("half-cauchy", sliders(tau, 2.5)));
        assertEquals("tau-prior", tau.option());
        assertEquals("tau prior family", tau.familyLabel());
        assertEquals("uniform:0,40", tau.text("uniform", sliders(tau, 40)));
        assertEquals(new SliderPrior.Reading("exponential", Map.of("s", 4.0)), tau.read("exponential:0.25"),
                "the exponential's scale is its mean, 1/rate");
        assertEquals("exponential:0.25", tau.text("exponential", sliders(tau, 4)));
        assertEquals(Map.of("s", 50.0), tau.start("uniform"));
        assertEquals("tau prior scale below: the uniform's upper bound", tau.meaning("uniform"));
    }

    @Test
    void aScaleBeyondTheSlidersIsShownAtTheirEnd() {
        assertEquals(Map.of("s", 100.0), tau.read("half-cauchy:500").values());
        assertEquals(Map.of("s", 0.1), tau.read("half-cauchy:0.01").values());
    }

    @Test
    void aFlatMuPriorAndANormalPopulationLeaveTheirSlidersWhereTheyAre() {
        SliderPrior mu = SliderPrior.normalMu("mu-prior", ParameterSpec.real("m", "mu prior mean", -50, 50, 0),
                ParameterSpec.real("sd", "mu prior sd", 0.5, 1000, 20));
        assertTrue(mu.read("flat").values().isEmpty());
        assertEquals(Map.of("m", 3.0, "sd", 7.0), mu.read("normal:3,7").values());
        assertEquals("normal:3,7", mu.text("normal", sliders(mu, 3, 7)));
        assertEquals(List.of("normal"), mu.families(), "no family to choose");

        SliderPrior pop = SliderPrior.population("population", "population-family", "population",
                ParameterSpec.real("nu", "population nu", 1, 100, 4));
        assertEquals("population-family", pop.familyChoice(), "the family is a choice among the sliders");
        assertEquals(new SliderPrior.Reading("normal", Map.of("population-family", "normal")), pop.read("normal"));
        assertEquals(new SliderPrior.Reading("student-t", Map.of("population-family", "student-t", "nu", 6.0)),
                pop.read("student-t:6"));
        Settings s = Settings.defaults(pop.sliders()).with("nu", 6.0);
        assertEquals("normal", pop.text("normal", s));
        assertEquals("student-t:6", pop.text("student-t", s));
        assertTrue(!pop.sliders().get(1).isEnabled(s) && pop.sliders().get(1).isEnabled(s.with("population-family",
                "student-t")), "nu has an effect only for the student-t");
    }
}
