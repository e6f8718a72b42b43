package org.shrinkagelab.engine.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pareto smoothing of single log-ratio vectors against loo::psis (loo 2.5.1): src/test/resources/loo/
 * make_psis_fixtures.R wrote the ratios, loo's tail length, k-hat and unnormalized log weights into psis.json.
 * The cases sit at the edges of the smoothing: the shortest tail loo fits (5), one too short (4), a heavy tail
 * with r_eff below 1, and a flat tail loo cannot fit. Tolerance 1e-9, as LooTest (the fit's optimizer and
 * the 15-digit printing of the weights differ in the last digits only).
 */
class ParetoSmoothingTest {
    private static final double TOL = 1e-9;

    @ParameterizedTest
    @ValueSource(strings = {"tail_of_five", "tail_of_four", "heavy", "flat_tail"})
    void equalsLoosPsis(String name) throws Exception {
        JsonObject c = LooTest.json("psis.json").getAsJsonObject(name);
        double[] logRatios = numbers(c.getAsJsonArray("log_ratios"));
        double rEff = c.get("r_eff").getAsDouble();
        ParetoSmoothing.Result r = ParetoSmoothing.smooth(logRatios, rEff);
        assertEquals(c.get("tail_length").getAsInt(), r.tailLength(), "tail length");
        assertEquals(c.get("tail_length").getAsInt(), ParetoSmoothing.tailLength(logRatios.length, rEff));
        // loo writes k = Inf (tail too short or flat) as null
        double k = c.get("k").isJsonNull() ? Double.POSITIVE_INFINITY : c.get("k").getAsDouble();
        if (Double.isInfinite(k)) {
            assertEquals(k, r.k(), "k");
        } else {
            assertEquals(k, r.k(), TOL * Math.max(1, Math.abs(k)), "k");
        }
        double[] expected = numbers(c.getAsJsonArray("log_weights"));
        assertEquals(expected.length, r.logWeights().length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], r.logWeights()[i], TOL * Math.max(1, Math.abs(expected[i])), "log weight " + i);
        }
    }

    private static double[] numbers(JsonArray a) {
        return Stream.iterate(0, i -> i + 1).limit(a.size()).mapToDouble(i -> a.get(i).getAsDouble()).toArray();
    }
}
