package org.shrinkagelab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers and files the command line must refuse, each with one line and the documented exit code. */
class CliHostileInputTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            bench          | --warmup-seconds | NaN
            bench          | --warmup-seconds | Infinity
            bench          | --warmup-seconds | -5
            bench          | --warmup-seconds | 1e9
            bench          | --runs           | 2d
            bench          | --runs           | ５
            export-figures | --scale          | NaN
            export-figures | --scale          | 0x1p1
            export-figures | --scale          | Infinity
            """)
    void numericOptionsRefuseNonNumbersAndOutOfRange(String command, String option, String value) {
        CliTest.Run r = command.equals("export-figures")
                ? CliTest.run(command, "--out", tmp.resolve("o").toString(), option, value)
                : CliTest.run(command, option, value);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertTrue(r.err().contains(option), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(tmp.resolve("o")), "nothing written");
    }

    @ParameterizedTest
    @CsvSource({"--mu0,2d", "--mu0,0x1p1", "--seed,٣", "--seed,１", "--mu0,NaN", "--mu0,-Infinity"})
    void problemOptionsAcceptPlainNumbersOnly(String option, String value) {
        CliTest.Run r = CliTest.run("summary", "eight-schools-exact", option, value);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("error: " + option + " "), r.err());
    }

    @Test
    void diagnoseTreedepthRefusesOtherDigits() throws Exception {
        Path f = Files.writeString(tmp.resolve("d.csv"), "chain,draw,x\n1,1,1\n1,2,2\n");
        assertEquals(2, CliTest.run("diagnose", "--max-treedepth", "５", f.toString()).code());
        assertEquals(0, CliTest.run("diagnose", "--max-treedepth", "5", f.toString()).code());
    }

    @Test
    void diagnoseWarnsOfTheNanParameterAndKeepsTheOthers() throws Exception {
        Path f = Files.writeString(tmp.resolve("d.csv"), "chain,draw,x,y\n1,1,1,NaN\n1,2,2,1\n1,3,1.5,2\n");
        CliTest.Run r = CliTest.run("diagnose", "--format", "json", f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("warning: " + f + ", line 2: parameter 'y' has a NaN or infinite draw; its diagnostics are not "
                + "available (NA)", r.err().strip());
        assertTrue(r.out().contains("\"mean\": 1.5"), r.out());
    }

    @Test
    void escapeSequencesFromAFileNeverReachTheTerminal() throws Exception {
        Path f = Files.writeString(tmp.resolve("d.csv"), "chain,draw,\u001b]0;pwned\u0007x\n1,1,a\n");
        CliTest.Run r = CliTest.run("diagnose", f.toString());
        assertEquals(2, r.code());
        assertFalse(r.err().contains("\u001b"), r.err());
        assertTrue(r.err().contains("\\u001b]0;pwned\\u0007x"), r.err());
    }

    @Test
    void outputThatCannotBeWrittenIsExitCode3() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "not a folder");
        CliTest.Run r = CliTest.run("export-figures", "--problem", "kl", "--no-svg", "--scale", "1", "--out",
                file.resolve("sub").toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
