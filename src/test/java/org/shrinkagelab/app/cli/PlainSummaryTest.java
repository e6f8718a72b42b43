package org.shrinkagelab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The plain summary path gives what picocli's gives, byte for byte and exit code, and leaves the rest to picocli. */
class PlainSummaryTest {
    static List<List<String>> plainForms() {
        return List.of(
                List.of("summary", "hemophilia"),
                List.of("summary", "hemophilia", "--format", "json"),
                List.of("summary", "hemophilia", "--format", "table"),
                List.of("summary", "eight-schools-exact", "--mu0", "-40", "--format", "json"),
                List.of("summary", "eight-schools-exact", "--format", "json", "--tau-prior", "half-cauchy:1e-308"),
                List.of("summary", "eight-schools-exact", "--mu0", "-1e-3"),
                List.of("summary", "hemophilia", "--no-such-option", "3"),
                List.of("summary", "hemophilia", "--sons"),
                List.of("summary", "eight-schools-exact", "--mu0", "abc"),
                List.of("summary", "eight-schools-exact", "--mu0", "2d"),
                List.of("summary", "tennis", "--format", "json"),
                List.of("summary", "test-scores", "stray"));
    }

    @ParameterizedTest
    @MethodSource("plainForms")
    void thePlainPathPrintsAndExitsExactlyAsPicocli(List<String> words) {
        String[] args = words.toArray(new String[0]);
        assertNotNull(PlainSummary.of(args), String.join(" ", args));
        CliRun plain = run(args);
        CliRun picocli = CliRun.of(args);
        assertEquals(picocli.exit(), plain.exit(), String.join(" ", args));
        assertEquals(picocli.out(), plain.out(), String.join(" ", args));
        assertEquals(picocli.err(), plain.err(), String.join(" ", args));
    }

    static List<List<String>> picocliForms() {
        return List.of(
                List.of("summary"),
                List.of("summary", "no-such-problem"),
                List.of("summary", "hemophilia", "--help"),
                List.of("summary", "hemophilia", "-h"),
                List.of("summary", "hemophilia", "-V"),
                List.of("summary", "hemophilia", "--format=json"),
                List.of("summary", "hemophilia", "--format", "JSON"),
                List.of("summary", "hemophilia", "--format", "json", "--format", "table"),
                List.of("summary", "hemophilia", "--format"),
                List.of("summary", "hemophilia", "--settings", "x.json"),
                List.of("summary", "eight-schools-exact", "--data", "x.csv"),
                List.of("summary", "hemophilia", "@args.txt"),
                List.of("summary", "hemophilia", "--", "--sons", "2"),
                List.of("summary", "eight-schools-exact", "--mu0=5"),
                List.of("summary", "hemophilia", "-x"),
                List.of("summary", "hemophilia", ""),
                List.of("summary", "--mu0", "5", "eight-schools-exact"),
                List.of("diagnose", "x.csv"));
    }

    @ParameterizedTest
    @MethodSource("picocliForms")
    void everyOtherFormIsLeftToPicocli(List<String> words) {
        String[] args = words.toArray(new String[0]);
        assertNull(PlainSummary.of(args), String.join(" ", args));
    }

    @Test
    void everyOptionOfSummarysPicocliModelIsLeftToPicocli() {
        // an option added to summary's model but not here would be taken for a problem option on the plain path
        Set<String> own = new HashSet<>();
        SummaryCommand.spec().options().forEach(o -> own.addAll(List.of(o.names())));
        Set<String> plain = new HashSet<>(PlainSummary.SUMMARY_OPTIONS);
        plain.add("--format");
        assertEquals(own, plain);
    }

    @Test
    void aLeftToPicocliFormStillRunsThroughTheSameEntry() {
        CliRun help = run("summary", "hemophilia", "--help");
        assertEquals(CliRun.of("summary", "hemophilia", "--help"), help);
        assertEquals(0, help.exit());
    }

    private static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
