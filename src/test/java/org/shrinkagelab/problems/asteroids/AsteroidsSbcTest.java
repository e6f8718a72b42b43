package org.shrinkagelab.problems.asteroids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.data.AsteroidsData;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.RankUniformity;
import org.shrinkagelab.engine.diag.SbcResult;
import org.shrinkagelab.engine.diag.SimulationBasedCalibration;
import org.shrinkagelab.engine.model.DeclaredModel;
import org.shrinkagelab.engine.model.PriorPredictive;
import org.shrinkagelab.engine.sample.SamplerSettings;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.TauPrior;

/**
 * Simulation-based calibration of the asteroid hierarchy (class means and log-normal class spreads) fitted by
 * NUTS, on simulated data of the real data's shape: unbalanced classes of 12, 6, 3, 2 and 1 asteroids. The
 * ranks of the truths are uniform when the fit is the simulating model, and a fit under a tau prior ten times
 * too narrow is caught. The calibrated fit is the default by-class parameterization (class A centered, the rest
 * non-centered).
 */
class AsteroidsSbcTest {
    private static final SamplerSettings FIT = SamplerSettings.nuts(1, 300, 500, 0);
    private static final int[] SHAPE = {12, 6, 3, 2, 1};

    /** Asteroids of classes A..E in the counts of {@link #SHAPE}; their albedos are replaced by each simulation. */
    static AsteroidsData shaped() {
        List<AsteroidsData.Asteroid> list = new ArrayList<>();
        for (int c = 0; c < SHAPE.length; c++) {
            for (int i = 0; i < SHAPE[c]; i++) {
                list.add(new AsteroidsData.Asteroid("sim " + c + "-" + i, String.valueOf((char) ('A' + c)), 15, 5,
                        0.1, Double.NaN, 2.5, 0.1, 5));
            }
        }
        return new AsteroidsData(list);
    }

    private static AsteroidsModel hierarchy(ClassParameterization p, TauPrior tau) {
        return new AsteroidsModel(AsteroidsModel.Kind.HIERARCHICAL, shaped(), p, MuPrior.normal(-2, 1), tau,
                AsteroidsModel.SigmaPopulation.LOGNORMAL, TauPrior.halfNormal(1), null);
    }

    @Test
    void ranksAreUniformForTheHierarchy() {
        SbcResult r = SimulationBasedCalibration.run(hierarchy(ClassParameterization.BY_CLASS, TauPrior.halfNormal(1))
                .declare(), new SimulationBasedCalibration.Settings(100, 2026, 99, FIT), JobContext.none());
        assertEquals(100, r.replications());
        assertTrue(r.names().containsAll(List.of("mu_0", "tau", "mu_class[A]", "mu_class[E]", "sigma_class[E]",
                "sigma_0", "omega")), r.names().toString());
        List<String> failures = new ArrayList<>();
        for (int p = 0; p < r.names().size(); p++) {
            RankUniformity.Test t = r.tests().get(p);
            // about twenty tests at 0.001 each: a correct fit fails at most a couple of seeds in a hundred
            if (!(t.pValue() > 0.001)) {
                failures.add(r.names().get(p) + ": p = " + t.pValue());
            }
        }
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void aFitUnderATauPriorTenTimesTooNarrowIsDetected() {
        DeclaredModel truth = hierarchy(ClassParameterization.NONCENTERED, TauPrior.halfNormal(1)).declare();
        DeclaredModel narrow = hierarchy(ClassParameterization.NONCENTERED, TauPrior.halfNormal(0.1)).declare();
        PriorPredictive misspecified = rng -> {
            PriorPredictive.Simulated s = truth.simulate(rng);
            return new PriorPredictive.Simulated(narrow.withObserved(((DeclaredModel) s.model()).observed()),
                    s.truth());
        };
        SbcResult r = SimulationBasedCalibration.run(misspecified,
                new SimulationBasedCalibration.Settings(60, 2026, 99, FIT), JobContext.none());
        double tau = r.tests().get(r.names().indexOf("tau")).pValue();
        // true values of tau pile up at the top ranks: the narrow prior pulls the posterior down
        assertTrue(tau < 1e-4, "tau: p = " + tau);
    }
}
