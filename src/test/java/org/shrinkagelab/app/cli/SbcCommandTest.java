package org.shrinkagelab.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.SbcResult;
import org.shrinkagelab.engine.diag.SimulationBasedCalibration;
import org.shrinkagelab.engine.sample.SamplerSettings;
import org.shrinkagelab.problems.eightschools.mcmc.EightSchoolsModel;
import org.shrinkagelab.workbench.Parameterization;

/** {@code sbc} end to end: the JSON shape, ranks equal to a sequential run of the engine, and its errors. */
class SbcCommandTest {
    @Test
    void jsonRanksAreThoseOfASequentialRun() {
        CliRun r = CliRun.of("sbc", "eight-schools-mcmc", "--replications", "6", "--seed", "4", "--warmup", "150",
                "--draws", "200", "--draws-per-fit", "49", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(6, root.get("replications").getAsInt());
        assertEquals(49, root.get("draws_per_fit").getAsInt());
        JsonArray params = root.getAsJsonArray("parameters");
        assertEquals(10, params.size());
        SbcResult sequential = SimulationBasedCalibration.run(
                EightSchoolsModel.standard(Parameterization.NONCENTERED),
                new SimulationBasedCalibration.Settings(6, 4, 49, SamplerSettings.nuts(1, 150, 200, 4)),
                JobContext.none());
        for (int p = 0; p < 10; p++) {
            JsonObject param = params.get(p).getAsJsonObject();
            assertEquals(sequential.names().get(p), param.get("name").getAsString());
            JsonArray ranks = param.getAsJsonArray("ranks");
            int[] got = new int[ranks.size()];
            for (int i = 0; i < got.length; i++) {
                got[i] = ranks.get(i).getAsInt();
            }
            assertArrayEquals(sequential.ranks()[p], got, param.get("name").getAsString());
            assertTrue(param.get("p_value").isJsonNull(), "6 ranks are too few for a chi-square test");
            assertEquals(6, param.getAsJsonArray("counts").get(0).getAsInt(), "one bin holds every rank");
        }
    }

    @Test
    void unknownProblemAndBadCountsAreOneErrorLine() {
        CliRun unknown = CliRun.of("sbc", "tennis");
        assertEquals(Cli.USAGE, unknown.exit());
        assertTrue(unknown.err().startsWith("error: problem 'tennis' has no model that draws from its prior; sbc takes: ")
                && unknown.err().contains("eight-schools-mcmc"), unknown.err());
        CliRun centered = CliRun.of("sbc", "eight-schools-mcmc", "--replications", "2", "--warmup", "50", "--draws",
                "60", "--draws-per-fit", "19", "--parameterization", "sideways");
        assertEquals(Cli.USAGE, centered.exit());
        assertTrue(centered.err().contains("--parameterization sideways is not allowed"), centered.err());
        CliRun zero = CliRun.of("sbc", "eight-schools-mcmc", "--replications", "0");
        assertEquals(Cli.USAGE, zero.exit());
        assertEquals("error: replications 0 is not allowed: expected 1 or more\n", zero.err());
        CliRun tooMany = CliRun.of("sbc", "eight-schools-mcmc", "--draws", "50", "--draws-per-fit", "99");
        assertEquals(Cli.USAGE, tooMany.exit());
        assertTrue(tooMany.err().startsWith("error: draws-per-fit 99 is not allowed"), tooMany.err());
        assertEquals("", zero.out());
    }
}
