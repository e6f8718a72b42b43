package org.shrinkagelab.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateFiveDistrictsTest {

    @Test
    void theDocumentedCommandRewritesTheShippedFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("five_districts.csv");
        CliTest.Run r = CliTest.run("simulate", "five-districts", "--seed", "2026", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertArrayEquals(Files.readAllBytes(Path.of("data", "five_districts.csv")), Files.readAllBytes(out));
    }

    @Test
    void anUnknownPresetIsRefusedWithTheAllowedOnes() {
        CliTest.Run r = CliTest.run("simulate", "five-districts", "--preset", "sharp");
        assertTrue(r.code() != 0 && r.err().contains("default, well-identified"), r.err());
    }
}
