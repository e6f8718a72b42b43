package org.shrinkagelab.problems.eightschools.mcmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.data.EightSchoolsData;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.RankUniformity;
import org.shrinkagelab.engine.diag.SbcResult;
import org.shrinkagelab.engine.diag.SimulationBasedCalibration;
import org.shrinkagelab.engine.sample.SamplerSettings;

/**
 * SBC of the non-centered Eight Schools model fitted by NUTS: ranks uniform when the fit is the simulating model,
 * and a fit under a tau prior of four times the scale (HalfCauchy(8) for data simulated under HalfCauchy(2)) caught.
 * Twice the scale is too small a fault for a test's budget: at 100 replications its tau p-value was 0.17 (20 bins).
 */
class EightSchoolsSbcTest {
    private static final SamplerSettings FIT = SamplerSettings.nuts(1, 300, 500, 0);

    @Test
    void ranksAreUniformForTheNonCenteredModel() {
        SbcResult r = SimulationBasedCalibration.run(EightSchoolsPriorPredictive.standard(Parameterization.NONCENTERED),
                new SimulationBasedCalibration.Settings(40, 2026, 99, FIT), JobContext.none());
        assertEquals(List.of("mu", "tau", "theta[1]", "theta[2]", "theta[3]", "theta[4]", "theta[5]", "theta[6]",
                "theta[7]", "theta[8]"), r.names());
        assertEquals(40, r.replications());
        for (int p = 0; p < r.names().size(); p++) {
            RankUniformity.Test t = r.tests().get(p);
            assertEquals(5, t.bins());
            // ten tests at 0.001 each: a correct fit fails at most one seed in a hundred
            assertTrue(t.pValue() > 0.001, r.names().get(p) + ": p = " + t.pValue());
        }
    }

    @Test
    void aFitUnderFourTimesTheTauPriorScaleIsDetected() {
        EightSchoolsPriorPredictive misspecified = EightSchoolsPriorPredictive.standard(Parameterization.NONCENTERED)
                .fittedWith(TauPrior.halfCauchy(8));
        SbcResult r = SimulationBasedCalibration.run(misspecified,
                new SimulationBasedCalibration.Settings(100, 2026, 99, FIT), JobContext.none());
        double tau = r.tests().get(r.names().indexOf("tau")).pValue();
        // true values of tau pile up at low ranks: the fitted prior pushes the posterior up
        assertTrue(tau < 1e-4, "tau: p = " + tau);
    }

    @Test
    void aFlatMuPriorIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EightSchoolsPriorPredictive(
                EightSchoolsData.bundled(), Parameterization.NONCENTERED, MuPrior.flat(), TauPrior.halfCauchy(2),
                Population.normal()));
        assertTrue(e.getMessage().startsWith("mu prior 'flat' is improper"), e.getMessage());
    }
}
