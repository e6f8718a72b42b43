package org.shrinkagelab.problems.eightschools.mcmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;
import org.shrinkagelab.app.TabCatalog;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Summary;

/** The summary JSON of {@code eight-schools-mcmc}, its options and its refusals. */
class EightSchoolsMcmcProblemTest {
    private final EightSchoolsMcmcProblem problem = new EightSchoolsMcmcProblem();

    private static final List<String> NAMES = List.of("mu", "tau", "theta[1]", "theta[2]", "theta[3]", "theta[4]",
            "theta[5]", "theta[6]", "theta[7]", "theta[8]");

    @Test
    void isRegisteredUnderItsId() {
        assertEquals("Eight Schools — MCMC", TabCatalog.byId("eight-schools-mcmc").title());
    }

    @Test
    void defaultSummaryHasTheSharedShape() {
        Summary summary = problem.summarize(problem.defaults(), JobContext.none());
        JsonObject json = JsonParser.parseString(summary.toJson()).getAsJsonObject();
        assertEquals("eight-schools-mcmc", json.get("problem").getAsString());
        JsonObject settings = json.getAsJsonObject("settings");
        assertEquals("noncentered", settings.get("parameterization").getAsString());
        assertEquals("half-cauchy:2", settings.get("tau-prior").getAsString());
        assertEquals(1, settings.get("seed").getAsLong());

        JsonArray params = json.getAsJsonArray("parameters");
        List<String> names = new ArrayList<>();
        for (JsonElement e : params) {
            JsonObject p = e.getAsJsonObject();
            names.add(p.get("name").getAsString());
            for (String field : List.of("mean", "sd", "q5", "q50", "q95", "mcse_mean", "mcse_sd", "ess_bulk",
                    "ess_tail", "r_hat")) {
                assertTrue(p.has(field) && !p.get(field).isJsonNull(), p.get("name") + " lacks " + field);
            }
        }
        assertEquals(NAMES, names);

        // BDA3 section 5.5: complete pooling gives 7.7 with standard error 4.1.
        JsonObject q = json.getAsJsonObject("quantities");
        assertEquals(7.69, q.get("pooled_mean").getAsDouble(), 0.005);
        assertEquals(4.07, q.get("pooled_sd").getAsDouble(), 0.005);
        for (String k : List.of("exact_tau_mean", "exact_tau_sd", "exact_mu_mean")) {
            assertTrue(q.get(k).getAsDouble() > 0, k);
        }

        JsonObject sampler = json.getAsJsonObject("sampler");
        assertEquals(4, sampler.get("chains").getAsInt());
        assertEquals(1000, sampler.get("warmup").getAsInt());
        assertEquals(1000, sampler.get("draws").getAsInt());
        assertEquals(4, sampler.getAsJsonArray("ebfmi").size());
        assertEquals(4, sampler.getAsJsonArray("step_size").size());
        assertTrue(sampler.get("divergences").getAsInt() >= 0);
        assertTrue(sampler.get("max_treedepth_hits").getAsInt() >= 0);
        assertTrue(sampler.get("seconds").getAsDouble() > 0);
        assertFalse(json.has("sensitivity"));
    }

    @Test
    void sameSeedSameNumbers() {
        Settings s = problem.defaults().with("draws", 200L).with("warmup", 200L).with("seed", 7L);
        Summary a = problem.summarize(s, JobContext.none());
        Summary b = problem.summarize(s, JobContext.none());
        assertEquals(a.parameters(), b.parameters());
        Summary c = problem.summarize(s.with("seed", 8L), JobContext.none());
        assertFalse(a.parameter("tau").mean().equals(c.parameter("tau").mean()));
    }

    @Test
    void sensitivityReportsEveryTauPriorFamily() {
        Settings s = problem.defaults().with("sensitivity", "yes").with("tau-prior", "half-normal:5")
                .with("draws", 500L).with("warmup", 500L);
        JsonObject json = JsonParser.parseString(problem.summarize(s, JobContext.none()).toJson()).getAsJsonObject();
        JsonObject sens = json.getAsJsonObject("sensitivity");
        assertEquals(List.of("half-cauchy", "half-normal", "uniform", "exponential", "inv-gamma", "half-student-t"),
                new ArrayList<>(sens.keySet()));
        assertEquals("half-normal:5", sens.getAsJsonObject("half-normal").get("prior").getAsString());
        for (String family : sens.keySet()) {
            for (String p : List.of("tau", "theta[1]")) {
                JsonObject o = sens.getAsJsonObject(family).getAsJsonObject(p);
                assertTrue(o.get("q5").getAsDouble() < o.get("mean").getAsDouble()
                        && o.get("mean").getAsDouble() < o.get("q95").getAsDouble(), family + " " + p);
            }
        }
    }

    @Test
    void studentTPopulationHasNoExactReference() {
        Settings s = problem.defaults().with("population", "student-t:4").with("draws", 200L).with("warmup", 200L);
        Summary summary = problem.summarize(s, JobContext.none());
        assertFalse(summary.quantities().containsKey("exact_tau_mean"));
        assertTrue(summary.quantities().containsKey("pooled_mean"));
    }

    @Test
    void otherSamplersFillTheSameSummary() {
        for (String sampler : List.of("hmc", "rwm")) {
            Summary summary = problem.summarize(problem.defaults().with("sampler", sampler), JobContext.none());
            assertEquals(NAMES.size(), summary.parameters().size());
            assertEquals(sampler, summary.sampler().get("algorithm"));
            assertFalse(summary.sampler().containsKey("max_treedepth_hits"), "a tree depth for " + sampler);
            assertEquals(sampler.equals("hmc"), summary.sampler().containsKey("divergences"), sampler);
            assertEquals(sampler.equals("hmc"), summary.sampler().containsKey("ebfmi"), sampler);
        }
    }

    @Test
    void cancelledRunIsMarkedIncomplete() {
        JobContext cancelled = new JobContext() {
            @Override
            public boolean isCancelled() {
                return true;
            }

            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public <R> List<R> parallel(List<? extends PartTask<R>> parts) {
                List<R> out = new ArrayList<>();
                parts.forEach(p -> out.add(p.run(this)));
                return out;
            }
        };
        Summary summary = problem.summarize(problem.defaults(), cancelled);
        assertEquals(false, summary.sampler().get("complete"));
        assertEquals(0, summary.sampler().get("draws"));
    }

    @Test
    void badOptionsAreRefusedWithTheOptionNamed() {
        Settings defaults = problem.defaults();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> defaults.with("tau-prior", "half-cauchy:-1"));
        assertTrue(e.getMessage().startsWith("--tau-prior half-cauchy:-1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> defaults.with("adapt-delta", 0.9999));
        assertTrue(e.getMessage().contains("--adapt-delta"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> defaults.with("sampler", "gibbs"));
        assertTrue(e.getMessage().contains("nuts, hmc, rwm"), e.getMessage());
    }
}
