package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.data.EightSchoolsData;
import org.shrinkagelab.data.GroupsData;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.Loo;
import org.shrinkagelab.engine.diag.LooResult;
import org.shrinkagelab.engine.diag.PointwiseLoo;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Summary;
import org.shrinkagelab.problems.eightschools.mcmc.EightSchoolsMcmc;
import org.shrinkagelab.problems.eightschools.mcmc.EightSchoolsMcmcProblem;
import org.shrinkagelab.problems.eightschools.mcmc.McmcResult;
import org.shrinkagelab.problems.eightschools.mcmc.McmcSettings;
import org.shrinkagelab.problems.fivedistricts.FiveDistrictsFitter;
import org.shrinkagelab.problems.fivedistricts.FiveDistrictsProblem;
import org.shrinkagelab.problems.fivedistricts.FiveDistrictsRequest;
import org.shrinkagelab.problems.groups.GroupsProblem;

/**
 * Every model problem's summary carries PSIS-LOO of its draws (elpd_loo, se_elpd_loo, p_loo, looic,
 * pareto_k_max), equal to engine/diag {@link Loo} on log-likelihoods computed here from the same draws by
 * the normal density written out (not through the model's pointwise log-likelihood).
 */
class LooQuantitiesTest {
    private static final double REL = 1e-9;

    private static Settings shortRun(Settings s) {
        return s.with(SamplerOptions.CHAINS, 2L).with(SamplerOptions.WARMUP, 300L).with(SamplerOptions.DRAWS, 300L);
    }

    @Test
    void eightSchoolsSummaryHasLooOfItsDraws() {
        EightSchoolsMcmcProblem problem = new EightSchoolsMcmcProblem();
        Settings settings = shortRun(problem.defaults());
        McmcResult result = EightSchoolsMcmc.run(McmcSettings.from(settings), JobContext.none());
        Summary summary = problem.summary(settings, result);
        EightSchoolsData data = EightSchoolsData.bundled();
        Draws draws = result.draws();
        double[][][] ll = new double[draws.chains()][data.size()][];
        for (int j = 0; j < data.size(); j++) {
            double[][] theta = draws.parameter("theta[" + (j + 1) + "]");
            for (int c = 0; c < draws.chains(); c++) {
                ll[c][j] = new double[theta[c].length];
                for (int d = 0; d < theta[c].length; d++) {
                    ll[c][j][d] = normal(data.effects()[j], theta[c][d], data.stderrs()[j]);
                }
            }
        }
        assertLoo(Loo.of(names(data.size()), ll), summary.quantities());
    }

    @Test
    void groupsSummaryHasLooOfItsDraws() {
        GroupsProblem problem = new GroupsProblem();
        Settings settings = shortRun(problem.defaults());
        GroupsData data = GroupsProblem.data(settings);
        ModelFit fit = problem.fit(settings, JobContext.none());
        Summary summary = problem.summarize(settings, JobContext.none());
        Draws draws = fit.draws();
        double[][] sigma = draws.parameter("sigma");
        double[][][] ll = new double[draws.chains()][data.size()][];
        for (int i = 0; i < data.size(); i++) {
            double[][] alpha = draws.parameter("alpha[" + (data.group()[i] + 1) + "]");
            for (int c = 0; c < draws.chains(); c++) {
                ll[c][i] = new double[alpha[c].length];
                for (int d = 0; d < alpha[c].length; d++) {
                    ll[c][i][d] = normal(data.y()[i], alpha[c][d], sigma[c][d]);
                }
            }
        }
        assertLoo(Loo.of(names(data.size()), ll), summary.quantities());
    }

    /** Five Districts' own LOO (its SchoolLikelihood, as its LOO comparison uses) is what the workbench reports. */
    @Test
    void fiveDistrictsSummaryHasItsOwnLoo() {
        FiveDistrictsProblem problem = new FiveDistrictsProblem();
        Settings settings = shortRun(problem.defaults());
        LooResult own = FiveDistrictsFitter.fit(FiveDistrictsRequest.from(settings), JobContext.none(), null).loo();
        assertNotNull(own);
        assertLoo(own, problem.summarize(settings, JobContext.none()).quantities());
    }

    private static void assertLoo(LooResult expected, Map<String, Object> q) {
        assertClose(expected.elpdLoo(), q.get("elpd_loo"), "elpd_loo");
        assertClose(expected.seElpdLoo(), q.get("se_elpd_loo"), "se_elpd_loo");
        assertClose(expected.pLoo(), q.get("p_loo"), "p_loo");
        assertClose(expected.looic(), q.get("looic"), "looic");
        assertClose(expected.pointwise().stream().mapToDouble(PointwiseLoo::paretoK).max().orElseThrow(),
                q.get("pareto_k_max"), "pareto_k_max");
    }

    private static void assertClose(double expected, Object actual, String name) {
        assertNotNull(actual, name + " is in the quantities");
        assertEquals(expected, (Double) actual, REL * Math.max(1, Math.abs(expected)), name);
    }

    private static double normal(double y, double mean, double sd) {
        double z = (y - mean) / sd;
        return -0.5 * z * z - Math.log(sd) - 0.5 * Math.log(2 * Math.PI);
    }

    private static List<String> names(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            names.add("y[" + i + "]");
        }
        return names;
    }
}
