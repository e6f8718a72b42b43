package org.shrinkagelab.problems.eightschools.mcmc;

import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.TauPrior;
import org.shrinkagelab.workbench.Population;
import org.shrinkagelab.workbench.Parameterization;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.model.PriorPredictive;
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
        SbcResult r = SimulationBasedCalibration.run(EightSchoolsModel.standard(Parameterization.NONCENTERED),
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
        EightSchoolsModel truth = EightSchoolsModel.standard(Parameterization.NONCENTERED);
        PriorPredictive misspecified = rng -> {
            PriorPredictive.Simulated s = truth.simulate(rng);
            EightSchoolsModel m = (EightSchoolsModel) s.model();
            return new PriorPredictive.Simulated(new EightSchoolsModel(m.data(), m.parameterization(), m.muPrior(),
                    TauPrior.halfCauchy(8), m.population()), s.truth());
        };
        SbcResult r = SimulationBasedCalibration.run(misspecified,
                new SimulationBasedCalibration.Settings(100, 2026, 99, FIT), JobContext.none());
        double tau = r.tests().get(r.names().indexOf("tau")).pValue();
        // true values of tau pile up at low ranks: the fitted prior pushes the posterior up
        assertTrue(tau < 1e-4, "tau: p = " + tau);
    }

    @Test
    void aFlatMuPriorIsRefused() {
        EightSchoolsModel flat = new EightSchoolsModel(EightSchoolsData.bundled(), Parameterization.NONCENTERED,
                MuPrior.flat(), TauPrior.halfCauchy(2), Population.normal());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> flat.simulate(org.apache.commons.rng.simple.RandomSource.XO_RO_SHI_RO_128_PP.create(1L)));
        assertTrue(e.getMessage().startsWith("the flat prior on mu is improper"), e.getMessage());
    }
}
