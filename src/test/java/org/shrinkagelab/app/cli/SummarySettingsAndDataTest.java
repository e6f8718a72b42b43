package org.shrinkagelab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shrinkagelab.app.TabCatalog;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.workbench.WorkbenchProblem;

/** {@code summary --settings FILE} reruns an earlier summary; {@code --data FILE} fits a user's schools. */
class SummarySettingsAndDataTest {
    private static final String FIVE = "school,effect,stderr\nNorth,12,8\nSouth,-3,10\nEast,25,12\nWest,5,9\n"
            + "Centre,8,11\n";

    @TempDir
    Path dir;

    @Test
    void everyProblemsSummaryRerunsFromItsOwnJson() throws IOException {
        for (Problem p : TabCatalog.problems()) {
            List<String> args = new ArrayList<>(List.of("summary", p.id()));
            if (p.parameters().stream().anyMatch(s -> s.name().equals("seed"))) {
                // not the default, so a rerun that ignored the file would differ
                args.addAll(List.of("--seed", "5"));
            }
            if (p instanceof WorkbenchProblem) {
                args.addAll(List.of("--chains", "2", "--warmup", "100", "--draws", "100"));
            }
            args.addAll(List.of("--format", "json"));
            CliTest.Run first = CliTest.run(args.toArray(String[]::new));
            assertEquals(0, first.code(), p.id() + ": " + first.err());
            Path saved = dir.resolve(p.id() + ".json");
            Files.writeString(saved, first.out());
            CliTest.Run again = CliTest.run("summary", p.id(), "--settings", saved.toString(), "--format", "json");
            assertEquals(0, again.code(), p.id() + ": " + again.err());
            assertEquals(withoutTiming(first.out()), withoutTiming(again.out()), p.id());
            CliTest.Run noProblem = CliTest.run("summary", "--settings", saved.toString(), "--format", "json");
            assertEquals(withoutTiming(first.out()), withoutTiming(noProblem.out()), p.id() + " without PROBLEM");
        }
    }

    @Test
    void optionsAfterTheSettingsFileOverrideIt() throws IOException {
        Path saved = dir.resolve("h.json");
        Files.writeString(saved, CliTest.run("summary", "hemophilia", "--sons", "0,0", "--format", "json").out());
        CliTest.Run run = CliTest.run("summary", "--settings", saved.toString(), "--sons", "0,0,0", "--format",
                "json");
        assertEquals(0, run.code(), run.err());
        // three unaffected sons: P(carrier) = 0.5 / (0.5 + 0.5 * 8) = 1/9
        assertEquals(1.0 / 9, JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonObject("quantities")
                .get("posterior").getAsDouble(), 1e-12);
    }

    @Test
    void aFileOfAnotherProblemOrWithABadValueIsRefusedNamingIt() throws IOException {
        Path saved = dir.resolve("h.json");
        Files.writeString(saved, "{\"problem\": \"hemophilia\", \"settings\": {\"prior\": 2}}");
        CliTest.Run other = CliTest.run("summary", "kl", "--settings", saved.toString());
        assertEquals(2, other.code());
        assertTrue(other.err().contains("the settings are for hemophilia, not kl"), other.err());
        CliTest.Run bad = CliTest.run("summary", "--settings", saved.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("h.json") && bad.err().contains("--prior"), bad.err());
        Files.writeString(saved, "{\"problem\": \"hemophilia\"");
        CliTest.Run broken = CliTest.run("summary", "--settings", saved.toString());
        assertEquals(2, broken.code());
        assertTrue(broken.err().contains("not valid JSON"), broken.err());
    }

    @Test
    void mcmcFitsAUsersFileWithOneThetaPerSchool() throws IOException {
        Path five = dir.resolve("five.csv");
        Files.writeString(five, FIVE);
        CliTest.Run run = CliTest.run("summary", "eight-schools-mcmc", "--data", five.toString(), "--chains", "2",
                "--warmup", "300", "--draws", "300", "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        List<String> names = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("parameters")) {
            names.add(e.getAsJsonObject().get("name").getAsString());
        }
        assertEquals(List.of("mu", "tau", "theta[1]", "theta[2]", "theta[3]", "theta[4]", "theta[5]"),
                names.subList(0, 7));
        assertTrue(names.stream().noneMatch(n -> n.equals("theta[6]")), names.toString());
        // complete pooling of these five: sum(x/s^2)/sum(1/s^2), by hand
        double w = 1 / 64.0 + 1 / 100.0 + 1 / 144.0 + 1 / 81.0 + 1 / 121.0;
        double pooled = (12 / 64.0 - 3 / 100.0 + 25 / 144.0 + 5 / 81.0 + 8 / 121.0) / w;
        assertEquals(pooled, o.getAsJsonObject("quantities").get("pooled_mean").getAsDouble(), 1e-12);
        // the exact quadrature posterior is computed on the same five schools: mean of mu within 4 MCSE
        JsonObject mu = o.getAsJsonArray("parameters").get(0).getAsJsonObject();
        double exactMu = o.getAsJsonObject("quantities").get("exact_mu_mean").getAsDouble();
        assertEquals(exactMu, mu.get("mean").getAsDouble(), 4 * mu.get("mcse_mean").getAsDouble());
    }

    @Test
    void exactFitsAUsersFileAndBadDataNameFileLineAndColumn() throws IOException {
        Path five = dir.resolve("five.csv");
        Files.writeString(five, FIVE);
        CliTest.Run run = CliTest.run("summary", "eight-schools-exact", "--data", five.toString(), "--format",
                "json");
        assertEquals(0, run.code(), run.err());
        assertEquals(7, JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("parameters").size());
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "school,effect,stderr\nA,1,2\nB,x,3\n");
        CliTest.Run refused = CliTest.run("summary", "eight-schools-mcmc", "--data", bad.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("bad.csv, line 3, column 'effect'"), refused.err());
        CliTest.Run wrongProblem = CliTest.run("summary", "kl", "--data", five.toString());
        assertEquals(2, wrongProblem.code());
    }

    /** The JSON without elapsed seconds, the only fields that differ between identical runs. */
    private static JsonObject withoutTiming(String json) {
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        if (o.has("sampler")) {
            o.getAsJsonObject("sampler").remove("seconds");
        }
        return o;
    }
}
