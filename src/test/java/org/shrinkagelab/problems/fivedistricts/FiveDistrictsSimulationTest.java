package org.shrinkagelab.problems.fivedistricts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.data.FiveDistrictsData;
import org.shrinkagelab.data.FiveDistrictsData.School;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Simulation;
import org.shrinkagelab.problems.Simulations;

class FiveDistrictsSimulationTest {
    private static final int SEEDS = 1500;
    private final Simulation simulation = Simulations.byId("five-districts");

    @Test
    void defaultSettingsRegenerateTheShippedFileByteForByte() throws IOException {
        byte[] shipped = Files.readAllBytes(Path.of("data", "five_districts.csv"));
        Settings s = simulation.defaults().with("seed", FiveDistrictsSimulation.SHIPPED_SEED);
        assertEquals(new String(shipped, StandardCharsets.UTF_8), simulation.csv(s));
        assertEquals(simulation.csv(simulation.defaults()), simulation.csv(s), "the shipped seed is the default");
    }

    @Test
    void theCsvReadsBackAsTheSimulatedData() throws Exception {
        FiveDistrictsSimulation sim = new FiveDistrictsSimulation();
        Settings s = sim.defaults().with("seed", 7L);
        assertEquals(sim.simulate(s), FiveDistrictsData.parse("sim", sim.csv(s)));
    }

    @Test
    void otherSeedsGiveOtherData() {
        assertNotEquals(simulation.csv(simulation.defaults().with("seed", 1L)),
                simulation.csv(simulation.defaults().with("seed", 2L)));
    }

    @Test
    void wellIdentifiedPresetKeepsHoursAndShrinksTheErrors() {
        FiveDistrictsSimulation sim = new FiveDistrictsSimulation();
        FiveDistrictsData noisy = sim.simulate(sim.defaults());
        FiveDistrictsData sharp = sim.simulate(sim.defaults().with("preset", "well-identified"));
        assertEquals(java.util.Arrays.toString(noisy.hours()), java.util.Arrays.toString(sharp.hours()));
        for (double s : sharp.stderrs()) {
            assertTrue(s >= 1 && s <= 3, "stderr " + s);
        }
    }

    /** Sample mean and its standard error over seeds of a per-dataset statistic. */
    private record Estimate(double mean, double se) {
        void assertNear(double expected, String what) {
            assertTrue(Math.abs(mean - expected) < 4 * se, what + ": " + mean + " vs " + expected + " (se " + se + ")");
        }
    }

    private interface Statistic {
        double of(FiveDistrictsData data);
    }

    private static Estimate overSeeds(String preset, Statistic statistic) {
        FiveDistrictsSimulation sim = new FiveDistrictsSimulation();
        double sum = 0;
        double sum2 = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            double v = statistic.of(sim.simulate(sim.defaults().with("seed", seed).with("preset", preset)));
            sum += v;
            sum2 += v * v;
        }
        double mean = sum / SEEDS;
        return new Estimate(mean, Math.sqrt((sum2 / SEEDS - mean * mean) / (SEEDS - 1)));
    }

    @Test
    void hoursAreUniformAroundEachDistrictsCentre() {
        for (int d = 0; d < 5; d++) {
            int district = d;
            double centre = FiveDistrictsSimulation.CENTRES[d];
            overSeeds("default", data -> mean(data, district, s -> s.hours())).assertNear(centre, "mean hours " + d);
            // U(-6, 6) has variance 12^2 / 12 = 12
            overSeeds("default", data -> mean(data, district, s -> (s.hours() - centre) * (s.hours() - centre)))
                    .assertNear(12, "variance of hours " + d);
        }
        for (School s : new FiveDistrictsSimulation().simulate(simulation.defaults()).schools()) {
            assertTrue(Math.abs(s.hours() - FiveDistrictsSimulation.CENTRES[s.district().charAt(0) - 'A']) <= 6);
        }
    }

    @Test
    void stderrsAreUniformOnEightToEighteen() {
        overSeeds("default", data -> mean(data, -1, School::stderr)).assertNear(13, "mean stderr");
        overSeeds("default", data -> mean(data, -1, s -> (s.stderr() - 13) * (s.stderr() - 13)))
                .assertNear(100.0 / 12, "variance of stderr");
        overSeeds("well-identified", data -> mean(data, -1, School::stderr)).assertNear(2, "mean stderr, sharp");
    }

    @Test
    void improvementsFollowTheSlopeHierarchy() {
        double mu = 0.5;
        double tauD = 0.25;
        double tauS = 0.10;
        // r_j = improvement_j / hours_j - mu = (beta_j - mu) + noise_j / hours_j
        overSeeds("default", data -> mean(data, -1, s -> s.improvement() / s.hours() - mu)).assertNear(0, "mean");
        // E r_j^2 - stderr_j^2 / hours_j^2 = tau_D^2 + tau_S^2
        overSeeds("well-identified", data -> mean(data, -1, s -> {
            double r = s.improvement() / s.hours() - mu;
            return r * r - s.stderr() * s.stderr() / (s.hours() * s.hours());
        })).assertNear(tauD * tauD + tauS * tauS, "total slope variance");
        // two schools of one district share beta_d: E r_j r_k = tau_D^2
        overSeeds("well-identified", FiveDistrictsSimulationTest::withinDistrictProduct)
                .assertNear(tauD * tauD, "within-district covariance");
    }

    private static double withinDistrictProduct(FiveDistrictsData data) {
        double sum = 0;
        int pairs = 0;
        for (int j = 0; j < data.size(); j++) {
            for (int k = j + 1; k < data.size(); k++) {
                School a = data.schools().get(j);
                School b = data.schools().get(k);
                if (a.district().equals(b.district())) {
                    sum += (a.improvement() / a.hours() - 0.5) * (b.improvement() / b.hours() - 0.5);
                    pairs++;
                }
            }
        }
        return sum / pairs;
    }

    private static double mean(FiveDistrictsData data, int district, java.util.function.ToDoubleFunction<School> f) {
        int[] index = data.districtIndex();
        double sum = 0;
        int n = 0;
        for (int j = 0; j < data.size(); j++) {
            if (district < 0 || index[j] == district) {
                sum += f.applyAsDouble(data.schools().get(j));
                n++;
            }
        }
        return sum / n;
    }
}
