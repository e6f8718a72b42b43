package org.shrinkagelab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Summary;
import picocli.CommandLine;

class CliTest {

    /** What a command printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void anUnknownProblemIsAOneLineErrorWithExitCode2() {
        Run r = run("summary", "no-such-problem");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: unknown problem 'no-such-problem'; allowed: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void anUnknownSubcommandOrOptionIsExitCode2() {
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("bench", "--no-such-flag").code());
        assertEquals(2, run("export-figures").code(), "--out is required");
        Run r = run("bench", "--runs", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--runs 0 is not allowed"), r.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("summary", "export-figures", "bench")) {
            Run r = run(command, "--help");
            assertEquals(0, r.code(), command);
            assertTrue(r.out().contains("Usage:"), command);
        }
        assertEquals(0, run("--help").code());
    }

    @Test
    void aRunBuildsOnlyItsSubcommandWithTheSameHelp() {
        StringWriter one = new StringWriter();
        StringWriter all = new StringWriter();
        CommandLine only = Cli.commandLine(new PrintWriter(one, true), new PrintWriter(new StringWriter(), true),
                "summary");
        assertEquals(java.util.Set.of("summary"), only.getSubcommands().keySet());
        assertEquals(0, only.execute("summary", "--help"));
        assertEquals(0, Cli.commandLine(new PrintWriter(all, true), new PrintWriter(new StringWriter(), true))
                .execute("summary", "--help"));
        assertEquals(all.toString(), one.toString());
        assertTrue(one.toString().contains("eight-schools-mcmc") && one.toString().contains("--tau-prior"),
                "the problems' options are listed: " + one);
        CommandLine help = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "help");
        assertEquals(Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .getSubcommands().keySet(), help.getSubcommands().keySet(), "help lists every subcommand");
    }

    private final Problem fake = new Problem() {
        @Override
        public String id() {
            return "fake";
        }

        @Override
        public String title() {
            return "Fake";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.real("mu0", "mu0", -50, 50, 0),
                    ParameterSpec.integer("seed", "seed", 0, 100, 1),
                    ParameterSpec.choice("sensitivity", "Sensitivity", List.of("no", "yes"), "no"));
        }

        @Override
        public Summary summarize(Settings settings, JobContext context) {
            return Summary.exact(id(), settings, List.of(), Map.of("mu0", settings.real("mu0")));
        }

        @Override
        public List<Figure> figures(Settings settings, JobContext context) {
            return List.of();
        }
    };

    @Test
    void problemOptionsAreParsedInBothSpellings() {
        Settings s = ProblemOptions.parse(fake, List.of("--mu0", "3.5", "--seed=9"));
        assertEquals(3.5, s.real("mu0"));
        assertEquals(9, s.integer("seed"));
    }

    @Test
    void aYesNoOptionMayBeGivenBareAsAFlag() {
        assertEquals("yes", ProblemOptions.parse(fake, List.of("--sensitivity")).text("sensitivity"));
        assertEquals("yes", ProblemOptions.parse(fake, List.of("--sensitivity", "--seed", "3")).text("sensitivity"));
        assertEquals("no", ProblemOptions.parse(fake, List.of("--sensitivity", "no")).text("sensitivity"));
    }

    @Test
    void badProblemOptionsNameTheOptionAndTheAllowedValues() {
        assertEquals("--mu0 80 is not allowed: expected a number from -50 to 50",
                assertThrows(IllegalArgumentException.class,
                        () -> ProblemOptions.parse(fake, List.of("--mu0", "80"))).getMessage());
        assertEquals("unknown option --tau; allowed: --mu0, --seed, --sensitivity",
                assertThrows(IllegalArgumentException.class,
                        () -> ProblemOptions.parse(fake, List.of("--tau", "1"))).getMessage());
        assertEquals("option --seed needs a value: an integer from 0 to 100",
                assertThrows(IllegalArgumentException.class,
                        () -> ProblemOptions.parse(fake, List.of("--seed"))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ProblemOptions.parse(fake, List.of("mu0", "1"))).getMessage().startsWith("unexpected 'mu0'"));
    }

    @Test
    void summaryJsonHasTheSharedShape() {
        String json = fake.summarize(fake.defaults().with("mu0", 2.0), JobContext.none()).toJson();
        var o = com.google.gson.JsonParser.parseString(json).getAsJsonObject();
        assertEquals("fake", o.get("problem").getAsString());
        assertEquals(2.0, o.getAsJsonObject("settings").get("mu0").getAsDouble());
        assertEquals(1, o.getAsJsonObject("settings").get("seed").getAsInt());
        assertTrue(o.getAsJsonArray("parameters").isEmpty());
        assertTrue(!o.has("sampler"), "exact problems have no sampler block");
    }
}
