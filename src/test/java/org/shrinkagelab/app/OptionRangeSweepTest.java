package org.shrinkagelab.app;

import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Summary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shrinkagelab.engine.JobContext;

/**
 * Every value inside a documented range works: each numeric option of every problem at both ends and at
 * two interior points (geometric on log-scale sliders), others at their defaults, plus two random
 * combinations of all of them per problem; every run must succeed with finite JSON: no infinity, and null
 * only where a diagnostic is "not available" as posterior says NA (ess_tail of 2 chains x 10 draws).
 *
 * <p>Options that only set how much work is done (sample counts, chains, warm-up) are swept from their
 * minimum up to {@link #COST_CAP}: their maxima take minutes each on this machine (16 chains x 100,000
 * draws) and are a matter for {@code bench}, not a unit test. For the MCMC problem, while another option
 * is swept, the chains are kept short (2 chains x (150 + 150)) so the sweep stays near a minute.
 */
class OptionRangeSweepTest {
    private static final Set<String> COST = Set.of("samples", "n", "draws", "warmup", "chains", "students",
            "grid-size");
    private static final double COST_CAP = 2000;
    private static final Map<String, Long> SHORT_MCMC = Map.of("chains", 2L, "warmup", 150L, "draws", 150L);
    private static final int RANDOM_COMBINATIONS = 2;

    /**
     * The sampler's options are one list for every model tab (SamplerOptions.sampler()), so they are swept
     * once, in Eight Schools; other model tabs sweep their own options. Dyson Spheres, Five Districts and
     * Groups are left out for now: their fits (deep trees over 12 sinusoids; exact quadrature plus LOO on
     * every summary) made this sweep run past 7 minutes on a loaded machine, and the asteroids' range ends
     * include the full 2,770-asteroid fit (minutes); their options are covered by their own problem tests, and
     * a cheaper sweep of them is an open item of issue 14.
     */
    private static final Set<String> SWEPT_ELSEWHERE = Set.of("dyson-spheres", "five-districts", "groups",
            "asteroids");

    private static boolean sweptHere(Problem p, ParameterSpec s) {
        boolean sampler = org.shrinkagelab.workbench.SamplerOptions.sampler().stream()
                .anyMatch(o -> o.name().equals(s.name()));
        return !sampler || p.id().equals("eight-schools-mcmc") || !(p instanceof org.shrinkagelab.workbench.WorkbenchProblem);
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Problem p : TabCatalog.problems()) {
            if (SWEPT_ELSEWHERE.contains(p.id())) {
                continue;
            }
            for (ParameterSpec s : p.parameters()) {
                if (s.kind() != ParameterSpec.Kind.REAL && s.kind() != ParameterSpec.Kind.INTEGER
                        || !sweptHere(p, s)) {
                    continue;
                }
                for (double v : points(s)) {
                    out.add(Arguments.of(p.id(), Map.of(s.name(), value(s, v))));
                }
            }
            SplittableRandom rng = new SplittableRandom(p.id().hashCode());
            for (int r = 0; r < RANDOM_COMBINATIONS; r++) {
                Map<String, Object> combo = new java.util.TreeMap<>();
                for (ParameterSpec s : p.parameters()) {
                    if ((s.kind() == ParameterSpec.Kind.REAL || s.kind() == ParameterSpec.Kind.INTEGER)
                            && sweptHere(p, s)) {
                        double hi = upper(s);
                        double u = rng.nextDouble();
                        double v = s.isLogScale() ? s.min() * Math.pow(hi / s.min(), u) : s.min() + u * (hi - s.min());
                        combo.put(s.name(), value(s, Math.min(hi, v)));
                    }
                }
                out.add(Arguments.of(p.id(), combo));
            }
        }
        return out.stream();
    }

    private static double upper(ParameterSpec s) {
        return COST.contains(s.name()) ? Math.min(s.max(), Math.max(s.min(), COST_CAP)) : s.max();
    }

    private static double[] points(ParameterSpec s) {
        double lo = s.min();
        double hi = upper(s);
        double[] out = new double[4];
        for (int k = 0; k < 4; k++) {
            double u = k / 3.0;
            out[k] = k == 0 ? lo : k == 3 ? hi : s.isLogScale() || COST.contains(s.name())
                    ? lo * Math.pow(hi / lo, u) : lo + u * (hi - lo);
        }
        return out;
    }

    private static Object value(ParameterSpec s, double v) {
        return s.kind() == ParameterSpec.Kind.INTEGER ? (Object) Math.round(v) : (Object) v;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void everyValueInsideTheRangeWorks(String problem, Map<String, Object> values) {
        Problem p = TabCatalog.byId(problem);
        Settings s = p.defaults();
        if (p instanceof org.shrinkagelab.workbench.WorkbenchProblem) {
            for (Map.Entry<String, Long> e : SHORT_MCMC.entrySet()) {
                if (!values.containsKey(e.getKey())) {
                    s = s.with(e.getKey(), e.getValue());
                }
            }
        }
        for (Map.Entry<String, Object> e : values.entrySet()) {
            s = s.with(e.getKey(), e.getValue());
        }
        Settings settings = s;
        String json = assertDoesNotThrow(() -> p.summarize(settings, JobContext.none()).toJson());
        assertFinite(JsonParser.parseString(json), problem + " " + values + ": ");
    }

    private static final Set<String> MAY_BE_NA = Set.of("ess_bulk", "ess_tail", "mcse_mean", "mcse_sd", "r_hat");

    private static void assertFinite(JsonElement e, String where) {
        if (e.isJsonNull() && MAY_BE_NA.stream().anyMatch(f -> where.endsWith("." + f + "."))) {
            return;
        }
        if (e.isJsonNull()) {
            fail(where + "null in the JSON");
        } else if (e.isJsonObject()) {
            e.getAsJsonObject().entrySet().forEach(m -> assertFinite(m.getValue(), where + m.getKey() + "."));
        } else if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> assertFinite(x, where));
        } else if (e.getAsJsonPrimitive().isString() && e.getAsString().endsWith("Infinity")
                && !where.endsWith(".pareto_k_max.")) {
            // k-hat is infinite, as the loo package reports it, when the draws are too few or too flat to fit
            // a Pareto tail (a few draws per chain): a documented value, not an overflow
            fail(where + e.getAsString());
        }
    }
}
