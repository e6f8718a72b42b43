package org.shrinkagelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's entry point as a user starts it: a fresh JVM, with whatever DISPLAY the shell has. */
class LauncherTest {

    @Test
    void aSubcommandRunsHeadlessEvenWhenDisplayNamesNoServer(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("figures");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "export-figures", "--out", out.toString(), "--problem", "hemophilia", "--no-svg");
        pb.environment().put("DISPLAY", ":97");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "export-figures did not finish");
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
        assertFalse(output.contains("AWTError"), output);
        assertFalse(listPng(out).isEmpty(), "no PNG written");
    }

    private static List<Path> listPng(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".png")).toList();
        }
    }
}
