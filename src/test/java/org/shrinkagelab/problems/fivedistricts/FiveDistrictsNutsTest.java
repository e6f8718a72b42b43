package org.shrinkagelab.problems.fivedistricts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.workbench.ModelFit;

/**
 * NUTS on the three declared models against their exact posteriors: the conjugate slopes of (i) and (ii)
 * and the quadrature over (tau_d, tau_s) of (iii), each mean within 4 MCSE. Each run is 4 chains of 1000
 * warmup iterations and 1000 draws, seed 1.
 */
class FiveDistrictsNutsTest {
    private static final double MCSE_TOLERANCE = 4;
    private final FiveDistrictsProblem problem = new FiveDistrictsProblem();

    private FiveDistrictsRequest request(String... options) {
        Settings s = problem.defaults();
        for (int i = 0; i < options.length; i += 2) {
            s = s.with(options[i], options[i + 1]);
        }
        return FiveDistrictsRequest.from(s);
    }

    /** Every reported slope (and mu, tau_d, tau_s where the model has them) within 4 MCSE of the exact mean. */
    private static void assertMatchesExact(FiveDistrictsRequest r) {
        ModelFit fit = ModelFit.sample(r.declared(), r.sampler(), JobContext.none());
        ExactSlopes exact = ExactSlopes.of(r);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (ParameterSummary p : fit.summaries()) {
            NormalMoments m = exactOf(exact, r, p.name());
            if (m == null) {
                continue;
            }
            checked++;
            double z = (p.mean() - m.mean()) / p.mcseMean();
            if (!(Math.abs(z) <= MCSE_TOLERANCE)) {
                failures.add(p.name() + ": NUTS " + p.mean() + " ± " + p.mcseMean() + ", exact " + m.mean());
            }
            double zSd = (p.sd() - m.sd()) / p.mcseSd();
            if (!(Math.abs(zSd) <= MCSE_TOLERANCE)) {
                failures.add(p.name() + " sd: NUTS " + p.sd() + " ± " + p.mcseSd() + ", exact " + m.sd());
            }
        }
        int expected = switch (r.model()) {
            case POOLED -> 1;
            case INDEPENDENT -> r.data().districts().size();
            case HIERARCHICAL -> 3 + r.data().districts().size() + r.data().size();
        };
        assertTrue(checked == expected, "checked " + checked + " of " + expected + " outputs");
        assertTrue(failures.isEmpty(), r.label() + ": " + failures);
    }

    private static NormalMoments exactOf(ExactSlopes e, FiveDistrictsRequest r, String name) {
        if (name.equals("mu")) {
            return e.mu();
        }
        if (name.equals("tau_d")) {
            return e.hierarchical().tauD();
        }
        if (name.equals("tau_s")) {
            return e.hierarchical().tauS();
        }
        if (name.startsWith("beta_district[")) {
            return e.betaDistrict().get(index(name));
        }
        if (name.startsWith("beta[")) {
            return e.beta().get(index(name));
        }
        return null;
    }

    private static int index(String name) {
        return Integer.parseInt(name.substring(name.indexOf('[') + 1, name.indexOf(']'))) - 1;
    }

    @Test
    void pooledSlopeMatchesTheConjugatePosterior() {
        assertMatchesExact(request("model", "pooled"));
    }

    @Test
    void independentDistrictSlopesMatchTheConjugatePosterior() {
        assertMatchesExact(request("model", "independent"));
    }

    @Test
    void nonCenteredHierarchyMatchesTheQuadratureUnderHalfNormalPriors() {
        assertMatchesExact(request());
    }

    @Test
    void centeredDistrictLevelMatchesTheQuadratureUnderExponentialPriors() {
        assertMatchesExact(request("parameterization-districts", "centered", "tau-d-prior", "exponential:2",
                "tau-s-prior", "exponential:2"));
    }

    /** With stderr 1 to 3 the data identify each school's slope and the centered school level samples well. */
    @Test
    void centeredSchoolLevelMatchesTheQuadratureOnWellIdentifiedData() {
        assertMatchesExact(request("parameterization-schools", "centered", "parameterization-districts", "centered",
                "data", DataOption.simulated(FiveDistrictsSimulation.SHIPPED_SEED, true)));
    }

    /**
     * The funnel is at the school level: at the shipped data and default settings, seeds 1..5, the centered
     * school level diverged 168 to 605 times with bulk ESS of tau_s 17 to 193, the non-centered one 1 to 16
     * times with ESS 1530 to 2299. Asserted with margin: centered at least 100 divergences and ESS below 400
     * (100 per chain) at every seed, non-centered at most 30 (0.75% of draws) and ESS above 1000.
     */
    @Test
    void centeredSchoolLevelDivergesAndNonCenteredDoesNot() {
        for (int seed = 1; seed <= 5; seed++) {
            FunnelRun centered = funnel("centered", seed);
            FunnelRun nonCentered = funnel("noncentered", seed);
            assertTrue(centered.divergences() >= 100 && centered.essTauS() < 400, "seed " + seed + ": " + centered);
            assertTrue(nonCentered.divergences() <= 30 && nonCentered.essTauS() > 1000, "seed " + seed + ": "
                    + nonCentered);
        }
    }

    private record FunnelRun(String form, int divergences, double essTauS) {
    }

    private FunnelRun funnel(String form, int seed) {
        FiveDistrictsRequest r = request("parameterization-schools", form, "seed", Integer.toString(seed));
        ModelFit fit = ModelFit.sample(r.declared(), r.sampler(), JobContext.none());
        double ess = fit.summaries().stream().filter(p -> p.name().equals("tau_s")).findFirst().orElseThrow()
                .essBulk();
        return new FunnelRun(form, Diagnostics.divergences(fit.draws()), ess);
    }
}
