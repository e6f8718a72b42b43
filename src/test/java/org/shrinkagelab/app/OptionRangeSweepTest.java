package org.shrinkagelab.app;

import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Summary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
            "grid-size", "per-class", "groups");
    private static final double COST_CAP = 2000;
    private static final Map<String, Long> SHORT_MCMC = Map.of("chains", 2L, "warmup", 150L, "draws", 150L);
    private static final int RANDOM_COMBINATIONS = 2;

    /**
     * The sampler's options are one list for every model tab (SamplerOptions.sampler()), so they are swept
     * once, in Eight Schools; other model tabs sweep their own options. Dyson Spheres, Five Districts, Groups
     * and the asteroids take seconds to minutes per full fit (deep trees over 12 sinusoids; exact quadrature
     * plus LOO; up to 100,000 groups; the 2,770-asteroid fit), so they are swept apart, by {@link #costlyCases}
     * and {@link #costlyUpperEnds}, with the work held small.
     */
    private static final Set<String> COSTLY = Set.of("dyson-spheres", "five-districts", "groups", "asteroids");
    /**
     * The options of the costly problems that set how much work a fit does, held at these small values while
     * the others are swept: 2 chains of 20 + 10 (warm-up long enough for the step-size adaptation, and so
     * adapt-delta, to act), one asteroid per class, two groups.
     */
    private static final Map<String, Long> SMALL = Map.of("chains", 2L, "warmup", 20L, "draws", 10L,
            "per-class", 1L, "groups", 2L);
    /** Each work option's minimum (per-class 1: its range's 0 means every asteroid, the most work). */
    private static final Map<String, Long> LEAST = Map.of("chains", 1L, "warmup", 0L, "draws", 10L,
            "per-class", 1L, "groups", 2L);
    /** A work option's interior points lie between its minimum and this (its upper end is tested apart). */
    private static final double SMALL_INTERIOR_CAP = 100;
    /**
     * The upper ends that are minutes of work even with every other work option at its minimum (measured on
     * 2 loaded cores, CPU time): 100,000 draws (groups 15 s, the others longer: diagnostics and PSIS-LOO of
     * 100,000 draws), 100,000 warm-up iterations of Dyson Spheres (about 6 minutes: 3.6 s per 1,000) and of the
     * asteroids (10 s), and 100,000 groups (2 minutes, a 36 MB summary). For these the test checks that the
     * value is accepted and the next one refused naming the option; that the run starts at that size (its
     * first percent, then Cancel) and its partial summary says it is incomplete, and is finite when it holds
     * draws; for 100,000
     * groups, only that the data of that size are simulated. Every other upper end is run to the end.
     */
    private static final Set<String> STARTED_ONLY = Set.of("dyson-spheres draws", "five-districts draws",
            "groups draws", "asteroids draws", "dyson-spheres warmup", "asteroids warmup", "groups groups");

    private static boolean sweptHere(Problem p, ParameterSpec s) {
        boolean sampler = org.shrinkagelab.workbench.SamplerOptions.sampler().stream()
                .anyMatch(o -> o.name().equals(s.name()));
        return !sampler || p.id().equals("eight-schools-mcmc") || !(p instanceof org.shrinkagelab.workbench.WorkbenchProblem);
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Problem p : TabCatalog.problems()) {
            if (COSTLY.contains(p.id())) {
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

    /**
     * The costly problems: every numeric option (the sampler's included, since these models stress it
     * differently) at both ends and two interior points with the work options {@link #SMALL}; a work option
     * itself at its minimum and two geometric points up to {@link #SMALL_INTERIOR_CAP} with the others at
     * their {@link #LEAST}; and two random combinations of the other options per problem.
     */
    static Stream<Arguments> costlyCases() {
        List<Arguments> out = new ArrayList<>();
        for (Problem p : TabCatalog.problems()) {
            if (!COSTLY.contains(p.id())) {
                continue;
            }
            for (ParameterSpec s : numeric(p)) {
                if (SMALL.containsKey(s.name())) {
                    double lo = s.min();
                    double hi = Math.min(s.max(), SMALL_INTERIOR_CAP);
                    double from = Math.max(1, lo);
                    for (double v : new double[] {lo, from * Math.pow(hi / from, 1 / 3.0), from * Math.pow(hi / from, 2 / 3.0)}) {
                        out.add(Arguments.of(p.id(), Map.of(s.name(), value(s, v)), true));
                    }
                } else {
                    for (double v : points(s)) {
                        out.add(Arguments.of(p.id(), Map.of(s.name(), value(s, v)), false));
                    }
                }
            }
            SplittableRandom rng = new SplittableRandom(p.id().hashCode());
            for (int r = 0; r < RANDOM_COMBINATIONS; r++) {
                Map<String, Object> combo = new java.util.TreeMap<>();
                for (ParameterSpec s : numeric(p)) {
                    if (!SMALL.containsKey(s.name())) {
                        double u = rng.nextDouble();
                        double v = s.isLogScale() ? s.min() * Math.pow(s.max() / s.min(), u)
                                : s.min() + u * (s.max() - s.min());
                        combo.put(s.name(), value(s, Math.min(s.max(), v)));
                    }
                }
                out.add(Arguments.of(p.id(), combo, false));
            }
        }
        return out.stream();
    }

    /** Each work option of each costly problem at its upper end, the other work options at their minimum. */
    static Stream<Arguments> costlyUpperEnds() {
        List<Arguments> out = new ArrayList<>();
        for (Problem p : TabCatalog.problems()) {
            if (COSTLY.contains(p.id())) {
                for (ParameterSpec s : numeric(p)) {
                    if (LEAST.containsKey(s.name())) {
                        out.add(Arguments.of(p.id(), s.name()));
                    }
                }
                if (p.id().equals("asteroids")) {
                    // per-class 0 is every asteroid: the most data, at the bottom of the range
                    out.add(Arguments.of(p.id(), "per-class=0"));
                }
            }
        }
        return out.stream();
    }

    private static List<ParameterSpec> numeric(Problem p) {
        return p.parameters().stream()
                .filter(s -> s.kind() == ParameterSpec.Kind.REAL || s.kind() == ParameterSpec.Kind.INTEGER).toList();
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

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("costlyCases")
    void everyValueInsideTheRangeWorksForTheCostlyProblems(String problem, Map<String, Object> values,
                                                           boolean workOption) {
        Problem p = TabCatalog.byId(problem);
        Settings s = held(p, workOption ? LEAST : SMALL, values.keySet());
        for (Map.Entry<String, Object> e : values.entrySet()) {
            s = s.with(e.getKey(), e.getValue());
        }
        Settings settings = s;
        String json = assertDoesNotThrow(() -> p.summarize(settings, JobContext.none()).toJson());
        assertFinite(JsonParser.parseString(json), problem + " " + values + ": ", true);
    }

    @ParameterizedTest(name = "{0} {1} at its upper end")
    @MethodSource("costlyUpperEnds")
    void aWorkOptionsUpperEndWorksWithTheOthersAtTheirMinimum(String problem, String option) {
        Problem p = TabCatalog.byId(problem);
        String name = option.replace("=0", "");
        ParameterSpec spec = p.defaults().spec(name);
        long end = option.endsWith("=0") ? 0 : (long) spec.max();
        Settings settings = held(p, LEAST, Set.of(name)).with(name, end);
        if (!STARTED_ONLY.contains(problem + " " + name)) {
            String json = assertDoesNotThrow(() -> p.summarize(settings, JobContext.none()).toJson());
            assertFinite(JsonParser.parseString(json), problem + " " + option + ": ", true);
            return;
        }
        assertEquals(end, settings.integer(name));
        IllegalArgumentException beyond = assertThrows(IllegalArgumentException.class,
                () -> settings.with(name, end + 1));
        assertTrue(beyond.getMessage().contains(name), beyond.getMessage());
        if (name.equals("groups")) {
            // the run's cost is in the 100,000 groups' summary rows and PSIS-LOO, not the sampling: check the data
            assertEquals(end, org.shrinkagelab.problems.groups.GroupsProblem.data(settings).groups());
            return;
        }
        StartThenCancel context = new StartThenCancel();
        Summary partial = assertDoesNotThrow(() -> p.summarize(settings, context));
        assertTrue(context.sampled >= StartThenCancel.ITERATIONS, problem + " " + option + ": cancelled before "
                + "the sampler reported progress");
        com.google.gson.JsonObject json = JsonParser.parseString(partial.toJson()).getAsJsonObject();
        assertFalse(json.getAsJsonObject("sampler").get("complete").getAsBoolean(),
                problem + " " + option + ": a cancelled run must say it is incomplete");
        if (name.equals("draws")) {
            // cancelled while sampling: the kept draws are summarized (cancelled in warm-up there are none)
            assertFinite(json, problem + " " + option + " (partial): ", true);
        }
    }

    /** The problem's defaults with the work options not in {@code swept} set to {@code work}. */
    private static Settings held(Problem p, Map<String, Long> work, Set<String> swept) {
        Settings s = p.defaults();
        for (Map.Entry<String, Long> e : work.entrySet()) {
            if (!swept.contains(e.getKey()) && s.specs().stream().anyMatch(x -> x.name().equals(e.getKey()))) {
                s = s.with(e.getKey(), e.getValue());
            }
        }
        return s;
    }

    /**
     * A context that cancels the job at a chain's first progress report ("warmup i/n" or "sampling i/n", not the
     * periodograms' or other phases' progress; a chain reports each whole percent, so here after about 1,000 of
     * its 100,010 iterations, enough kept draws at warm-up 0 for a summary with moments), running parts one
     * after another.
     */
    private static final class StartThenCancel implements JobContext {
        /** Chain progress reports before Cancel (the first comes after one iteration, the second at 1%). */
        static final int ITERATIONS = 2;
        private volatile int sampled;

        @Override
        public boolean isCancelled() {
            return sampled >= ITERATIONS;
        }

        @Override
        public void progress(double fraction, String message) {
            if (message != null && (message.startsWith("warmup ") || message.startsWith("sampling "))) {
                sampled++;
            }
        }

        @Override
        public <R> List<R> parallel(List<? extends org.shrinkagelab.engine.PartTask<R>> parts) {
            List<R> results = new ArrayList<>();
            for (org.shrinkagelab.engine.PartTask<R> part : parts) {
                results.add(part.run(this));
            }
            return results;
        }
    }

    private static final Set<String> MAY_BE_NA = Set.of("ess_bulk", "ess_tail", "mcse_mean", "mcse_sd", "r_hat");

    private static void assertFinite(JsonElement e, String where) {
        assertFinite(e, where, false);
    }

    /**
     * As {@link #assertFinite(JsonElement, String)}; with {@code shortChains} an R-hat may also be infinite (the
     * README's "Infinity"): with 10 draws a chain, a short warm-up and a low adapt-delta one chain can reject every
     * proposal and stand still, and posterior's R-hat of a constant chain beside a moving one is infinite.
     */
    private static void assertFinite(JsonElement e, String where, boolean shortChains) {
        if (e.isJsonNull() && MAY_BE_NA.stream().anyMatch(f -> where.endsWith("." + f + "."))) {
            return;
        }
        if (e.isJsonNull()) {
            fail(where + "null in the JSON");
        } else if (e.isJsonObject()) {
            e.getAsJsonObject().entrySet().forEach(m -> assertFinite(m.getValue(), where + m.getKey() + ".",
                    shortChains));
        } else if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> assertFinite(x, where, shortChains));
        } else if (e.getAsJsonPrimitive().isString() && e.getAsString().endsWith("Infinity")
                && !where.endsWith(".pareto_k_max.") && !(shortChains && where.endsWith(".r_hat."))) {
            // k-hat is infinite, as the loo package reports it, when the draws are too few or too flat to fit
            // a Pareto tail (a few draws per chain): a documented value, not an overflow
            fail(where + e.getAsString());
        }
    }
}
