package org.shrinkagelab.engine.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shrinkagelab.data.DataFormatException;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.engine.diag.ParameterSummary;

/** Draws files as a careless script or a hostile user writes them: huge, marked, odd, partly broken. */
class DrawsCsvHostileInputTest {
    @TempDir
    Path tmp;

    @Test
    void veryWideHeaderIsCheckedInLinearTime() throws Exception {
        // 300,000 columns: the old pairwise check took minutes (48 s at 100,000); linear takes well under a second
        int width = 300_000;
        StringBuilder sb = new StringBuilder("chain,draw");
        for (int i = 0; i < width; i++) {
            sb.append(",x").append(i);
        }
        sb.append(",x17\n");
        Path f = Files.writeString(tmp.resolve("wide.csv"), sb);
        DataFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(DataFormatException.class, () -> DrawsCsv.read(List.of(f))));
        assertEquals(f + ": the column 'x17' appears twice (columns 20 and " + (width + 3) + ")", e.getMessage());
    }

    @Test
    void byteOrderMarkIsAcceptedInBothFormats() throws Exception {
        Path ours = Files.writeString(tmp.resolve("ours.csv"), "\uFEFFchain,draw,x\n1,1,0.5\n1,2,0.7\n");
        assertEquals(List.of("x"), DrawsCsv.read(List.of(ours)).parameters());
        Path stan = Files.writeString(tmp.resolve("stan.csv"), "\uFEFF# max_depth = 7\nlp__,x\n-1,0.5\n-2,0.7\n");
        DrawsCsv.Loaded loaded = DrawsCsv.load(List.of(stan));
        assertEquals(List.of("x"), loaded.draws().parameters());
        assertEquals(7, loaded.maxTreedepth().getAsInt());
        Path stanNoComment = Files.writeString(tmp.resolve("s2.csv"), "\uFEFFlp__,x\n-1,0.5\n-2,0.7\n");
        assertEquals(List.of("lp__"), DrawsCsv.read(List.of(stanNoComment)).stats());
    }

    @Test
    void nanInOneParameterMarksOnlyThatOneNotAvailable() throws Exception {
        StringBuilder sb = new StringBuilder("chain,draw,good,bad\n");
        for (int c = 1; c <= 2; c++) {
            for (int i = 1; i <= 50; i++) {
                sb.append(c).append(',').append(i).append(',').append(Math.sin(i * c)).append(',')
                        .append(c == 2 && i == 7 ? "NaN" : String.valueOf(i)).append('\n');
            }
        }
        Path f = Files.writeString(tmp.resolve("nan.csv"), sb);
        DrawsCsv.Loaded loaded = DrawsCsv.load(List.of(f));
        assertEquals(List.of(f + ", line 58: parameter 'bad' has a NaN or infinite draw; its diagnostics are not "
                + "available (NA)"), loaded.warnings());
        List<ParameterSummary> rows = Diagnostics.summarize(loaded.draws());
        assertTrue(Double.isFinite(rows.get(0).mean()) && Double.isFinite(rows.get(0).rHat()), "good is kept");
        assertTrue(Double.isNaN(rows.get(1).mean()), "bad is NA");
    }

    @Test
    void hugeCellIsCutInTheMessage() throws Exception {
        String cell = "y".repeat(5_000_000);
        Path f = Files.writeString(tmp.resolve("big.csv"), "chain,draw,x\n1,1," + cell + "\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> DrawsCsv.read(List.of(f)));
        assertEquals(f + ", line 2, column 'x': '" + "y".repeat(80) + "…' is not a number", e.getMessage());
    }

    @Test
    void newlineInAQuotedCellStaysOnOneLine() throws Exception {
        Path f = Files.writeString(tmp.resolve("nl.csv"), "chain,draw,x\n1,1,\"1\nrm -rf\"\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> DrawsCsv.read(List.of(f)));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains("'1\\nrm -rf' is not a number"), e.getMessage());
    }

    @Test
    void binaryFileIsNotATextFile() throws Exception {
        Path f = Files.write(tmp.resolve("bin.csv"), new byte[] {'c', ',', (byte) 0xC3, (byte) 0x28, '\n', 1, 2});
        DataFormatException e = assertThrows(DataFormatException.class, () -> DrawsCsv.read(List.of(f)));
        assertEquals(f + ": not a text file (not UTF-8)", e.getMessage());
    }

    @Test
    void writingDrawsIsAtomic() throws Exception {
        Path target = Files.writeString(tmp.resolve("draws.csv"), "old content\n");
        Draws d = new Draws(List.of("x"), List.of(), new double[][][] {{{1.5, 2.5}}}, true);
        java.io.IOException e = assertThrows(java.io.IOException.class,
                () -> DrawsCsv.write(d, tmp.resolve("no-such-folder").resolve("draws.csv")));
        assertTrue(e.getMessage().endsWith("the folder does not exist"), e.getMessage());
        DrawsCsv.write(d, target);
        assertEquals("chain,draw,x\n1,1,1.5\n1,2,2.5\n", Files.readString(target));
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(target), files.toList(), "no temporary file is left beside the target");
        }
    }
}
