package org.shrinkagelab.problems;

import org.shrinkagelab.workbench.Parameterization;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsTest {
    private final List<ParameterSpec> specs = List.of(
            ParameterSpec.real("mu0", "mu0", -50, 50, 0),
            ParameterSpec.integer("seed", "seed", 0, 1000, 1),
            ParameterSpec.choice("parameterization", "Parameterization", List.of("centered", "noncentered"),
                    "noncentered"),
            ParameterSpec.text("tau-prior", "tau prior", "family:args such as half-cauchy:2", "half-cauchy:2",
                    t -> {
                        if (!t.startsWith("half-cauchy:")) {
                            throw new IllegalArgumentException("unknown family");
                        }
                        return Double.parseDouble(t.substring(12));
                    }));

    @Test
    void defaultsAreFilledIn() {
        Settings s = Settings.defaults(specs);
        assertEquals(0.0, s.real("mu0"));
        assertEquals(1L, s.longValue("seed"));
        assertEquals("noncentered", s.text("parameterization"));
        assertEquals(2.0, s.parsed("tau-prior"));
    }

    @Test
    void valuesAreParsedAndChecked() {
        Settings s = Settings.defaults(specs).with("mu0", "12.5").with("seed", 7L).with("parameterization", "CENTERED");
        assertEquals(12.5, s.real("mu0"));
        assertEquals(7, s.integer("seed"));
        assertEquals("centered", s.text("parameterization"));
    }

    @Test
    void refusalsNameTheParameterAndTheAllowedValues() {
        Settings s = Settings.defaults(specs);
        assertEquals("--mu0 99 is not allowed: expected a number from -50 to 50",
                assertThrows(IllegalArgumentException.class, () -> s.with("mu0", "99")).getMessage());
        assertEquals("--seed 1.5 is not allowed: expected an integer from 0 to 1000",
                assertThrows(IllegalArgumentException.class, () -> s.with("seed", "1.5")).getMessage());
        assertEquals("--parameterization sideways is not allowed: expected one of centered, noncentered",
                assertThrows(IllegalArgumentException.class, () -> s.with("parameterization", "sideways"))
                        .getMessage());
        assertEquals("unknown option --mu; allowed: --mu0, --seed, --parameterization, --tau-prior",
                assertThrows(IllegalArgumentException.class, () -> s.with("mu", "1")).getMessage());
        assertEquals("--tau-prior cauchy:2: unknown family (expected family:args such as half-cauchy:2)",
                assertThrows(IllegalArgumentException.class, () -> s.with("tau-prior", "cauchy:2")).getMessage());
        assertEquals("--mu0 NaN is not allowed: expected a number from -50 to 50",
                assertThrows(IllegalArgumentException.class, () -> s.with("mu0", Double.NaN)).getMessage());
    }

    @Test
    void aRefusedValueLeavesTheSettingsAsTheyWere() {
        Settings s = Settings.defaults(specs).with("mu0", 3.0);
        assertThrows(IllegalArgumentException.class, () -> s.with("mu0", 300.0));
        assertEquals(3.0, s.real("mu0"));
    }
}
