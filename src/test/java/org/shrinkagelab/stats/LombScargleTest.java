package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shrinkagelab.engine.JobContext;

/**
 * Powers, false-alarm probabilities and levels against astropy 5.2.1 ({@code method='slow'}, the
 * exact reference), on the data sets src/test/resources/periodogram/make_fixtures.py made.
 */
class LombScargleTest {
    static final String[] CASES = {"n10_hetero", "n200_constant", "n200_nody", "n150_hetero_linspace", "n5000_hetero"};

    /** One reference case as make_fixtures.py wrote it. */
    record Fixture(JsonObject json) {
        static Fixture load(String name) throws IOException {
            try (Reader r = new InputStreamReader(Objects.requireNonNull(
                    LombScargleTest.class.getResourceAsStream("/periodogram/" + name + ".json")),
                    StandardCharsets.UTF_8)) {
                return new Fixture(JsonParser.parseReader(r).getAsJsonObject());
            }
        }

        double[] array(String key) {
            return toArray(json.get(key));
        }

        boolean hasDy() {
            return !json.get("dy").isJsonNull();
        }

        LombScargle periodogram() {
            return new LombScargle(array("t"), array("y"), hasDy() ? array("dy") : null);
        }

        FrequencyGrid grid() {
            JsonObject g = json.getAsJsonObject("grid");
            return g.size() == 0 ? FrequencyGrid.auto(array("t"), 5, 5, Double.NaN, Double.NaN)
                    : FrequencyGrid.linspace(g.get("fmin").getAsDouble(), g.get("fmax").getAsDouble(),
                    g.get("n").getAsInt());
        }
    }

    static double[] toArray(JsonElement e) {
        JsonArray a = e.getAsJsonArray();
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).getAsDouble();
        }
        return out;
    }

    /** Largest absolute difference, for the report. */
    static double maxAbs(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    @ParameterizedTest
    @ValueSource(strings = {"n10_hetero", "n200_constant", "n200_nody", "n150_hetero_linspace", "n5000_hetero"})
    void gridMatchesAstropysFrequencies(String name) throws IOException {
        Fixture f = Fixture.load(name);
        double[] expected = f.array("frequency");
        double[] ours = f.grid().values();
        assertEquals(expected.length, ours.length);
        for (int j = 0; j < ours.length; j++) {
            assertEquals(expected[j], ours[j], 1e-13 * Math.abs(expected[j]), name + " frequency " + j);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"n10_hetero", "n200_constant", "n200_nody", "n150_hetero_linspace", "n5000_hetero"})
    void powerIsWithin1e9OfAstropySlowInEveryNormalization(String name) throws IOException {
        Fixture f = Fixture.load(name);
        LombScargle ls = f.periodogram();
        for (PeriodogramNormalization norm : PeriodogramNormalization.values()) {
            double[] expected = toArray(f.json().getAsJsonObject("power").get(norm.id()));
            double[] fast = ls.power(f.grid(), norm, JobContext.none());
            double[] direct = ls.power(f.array("frequency"), norm);
            double errFast = maxAbs(fast, expected);
            double errDirect = maxAbs(direct, expected);
            assertTrue(errFast <= 1e-9, name + " " + norm.id() + " fast error " + errFast);
            assertTrue(errDirect <= 1e-9, name + " " + norm.id() + " direct error " + errDirect);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"n10_hetero", "n200_constant", "n150_hetero_linspace", "n5000_hetero"})
    void windowFunctionMatchesAstropy(String name) throws IOException {
        Fixture f = Fixture.load(name);
        double[] expected = f.array("window");
        double[] ours = LombScargle.window(f.array("t")).power(f.grid(), PeriodogramNormalization.STANDARD,
                JobContext.none());
        assertTrue(maxAbs(ours, expected) <= 1e-9, name + " window error " + maxAbs(ours, expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"n10_hetero", "n200_constant", "n200_nody", "n150_hetero_linspace", "n5000_hetero"})
    void analyticFalseAlarmProbabilitiesAndLevelsMatchAstropy(String name) throws IOException {
        Fixture f = Fixture.load(name);
        LombScargle ls = f.periodogram();
        JsonObject faps = f.json().getAsJsonObject("fap");
        for (String normName : faps.keySet()) {
            JsonObject e = faps.getAsJsonObject(normName);
            PeriodogramNormalization norm = PeriodogramNormalization.parse(normName);
            FalseAlarm fa = new FalseAlarm(ls, norm, e.get("fmax").getAsDouble());
            double[] z = toArray(e.get("z"));
            double[] p = toArray(e.get("p"));
            for (FalseAlarmMethod m : new FalseAlarmMethod[] {FalseAlarmMethod.BALUEV, FalseAlarmMethod.DAVIES,
                    FalseAlarmMethod.NAIVE}) {
                double[] probs = toArray(e.getAsJsonObject("probability").get(m.id()));
                double[] levels = toArray(e.getAsJsonObject("level").get(m.id()));
                for (int i = 0; i < z.length; i++) {
                    double expected = probs[i];
                    assertEquals(expected, fa.probability(z[i], m), 1e-12 + 1e-9 * Math.abs(expected),
                            name + " " + normName + " " + m.id() + " fap at " + z[i]);
                }
                for (int i = 0; i < p.length; i++) {
                    // astropy's root finder stops at a relative step of 1.49e-8 (scipy's default xtol)
                    assertEquals(levels[i], fa.level(p[i], m), 1e-7 * Math.abs(levels[i]),
                            name + " " + normName + " " + m.id() + " level at " + p[i]);
                }
            }
        }
    }
}
