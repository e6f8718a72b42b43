package org.shrinkagelab.problems.eightschools.mcmc;

import org.shrinkagelab.workbench.Parameterization;
import org.shrinkagelab.workbench.Population;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.TauPrior;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.engine.sample.SamplerKind;
import org.shrinkagelab.engine.sample.SamplerSettings;

/**
 * Issue 3's acceptance: NUTS on the non-centered model agrees with the exact quadrature posterior,
 * and the centered model shows the funnel's symptoms.
 */
class EightSchoolsMcmcTest {

    private static McmcSettings settings(Parameterization p, String tauPrior, SamplerSettings sampler) {
        return new McmcSettings(p, MuPrior.normal(0, 20), TauPrior.parse(tauPrior), Population.normal(), sampler,
                false);
    }

    /** Checks one estimate against the exact value, with the Monte Carlo standard error of that estimate. */
    private static void check(List<String> failures, String what, double estimate, double exact, double mcse) {
        if (!(Math.abs(estimate - exact) <= 4 * mcse)) {
            failures.add(String.format("%s: MCMC %.4f, exact %.4f, 4 MCSE %.4f", what, estimate, exact, 4 * mcse));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"half-cauchy:2", "half-normal:10", "uniform:0,50"})
    void nonCenteredNutsAgreesWithTheExactPosterior(String tauPrior) {
        McmcResult result = EightSchoolsMcmc.run(
                settings(Parameterization.NONCENTERED, tauPrior, SamplerSettings.nuts(4, 1000, 5000, 20)),
                JobContext.none());
        assertAgreesWithExact(tauPrior, result);
        assertTrue(result.run().divergences() < 0.005 * 20000, "divergences: " + result.run().divergences());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hmc", "rwm"})
    void otherSamplersAgreeWithTheExactPosterior(String sampler) {
        SamplerKind kind = SamplerKind.parse(sampler);
        int draws = kind == SamplerKind.RWM ? 25000 : 5000;
        McmcResult result = EightSchoolsMcmc.run(settings(Parameterization.NONCENTERED, "half-cauchy:2",
                SamplerSettings.of(kind, 4, 2000, draws, 21)), JobContext.none());
        assertAgreesWithExact(sampler, result);
    }

    private static void assertAgreesWithExact(String what, McmcResult result) {
        List<ParameterSummary> exact = result.exact().summaries();
        List<String> failures = new ArrayList<>();
        for (ParameterSummary truth : exact) {
            double[][] draws = result.draws().parameter(truth.name());
            ParameterSummary mc = result.summary(truth.name());
            check(failures, truth.name() + " mean", mc.mean(), truth.mean(), mc.mcseMean());
            check(failures, truth.name() + " sd", mc.sd(), truth.sd(), mc.mcseSd());
            check(failures, truth.name() + " q5", mc.q5(), truth.q5(), Diagnostics.mcseQuantile(draws, 0.05));
            check(failures, truth.name() + " q95", mc.q95(), truth.q95(), Diagnostics.mcseQuantile(draws, 0.95));
        }
        assertTrue(failures.isEmpty(), what + ": " + failures);
    }

    /**
     * The centered model at default settings cannot explore the funnel: every seed shows divergences and
     * a tau whose bulk ESS is low or whose R-hat is high. (Stan 2.21 on the same model, bench/eight_schools_rstan.R,
     * reports the same pattern.)
     */
    @Test
    void centeredModelShowsTheFunnelsSymptomsOverSeeds() {
        for (long seed = 1; seed <= 5; seed++) {
            McmcResult r = EightSchoolsMcmc.run(settings(Parameterization.CENTERED, "half-cauchy:2",
                    SamplerSettings.nuts(4, 1000, 1000, seed)), JobContext.none());
            ParameterSummary tau = r.summary("tau");
            assertTrue(r.run().divergences() >= 10, "seed " + seed + ": only " + r.run().divergences()
                    + " divergences");
            assertTrue(tau.essBulk() < 400 || tau.rHat() > 1.01, "seed " + seed + ": tau looks healthy: ESS "
                    + tau.essBulk() + ", R-hat " + tau.rHat());
        }
    }

    @Test
    void nonCenteredModelAtDefaultsIsHealthyOverSeeds() {
        for (long seed = 1; seed <= 5; seed++) {
            McmcResult r = EightSchoolsMcmc.run(settings(Parameterization.NONCENTERED, "half-cauchy:2",
                    SamplerSettings.nuts(4, 1000, 1000, seed)), JobContext.none());
            ParameterSummary tau = r.summary("tau");
            assertTrue(r.run().divergences() <= 20, "seed " + seed + ": " + r.run().divergences() + " divergences");
            assertTrue(tau.essBulk() > 1000 && tau.rHat() < 1.01, "seed " + seed + ": ESS " + tau.essBulk()
                    + ", R-hat " + tau.rHat());
        }
    }
}
