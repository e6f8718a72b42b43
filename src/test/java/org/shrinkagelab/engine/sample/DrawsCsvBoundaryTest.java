package org.shrinkagelab.engine.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shrinkagelab.data.DataFormatException;

/** The ends of every accepted range in the draws files: tree depth, warm-up settings, chain and draw numbers. */
class DrawsCsvBoundaryTest {

    @Test
    void treeDepthsOneAndOneHundredAreAcceptedAndNoMore() throws Exception {
        for (int depth : new int[] {1, DrawsCsv.MAX_TREEDEPTH}) {
            DrawsCsv.Loaded l = DrawsCsv.load("d.csv", "# max_depth = " + depth + "\nlp__,x\n-1,0.5\n-2,0.7\n");
            assertEquals(depth, l.maxTreedepth().getAsInt());
        }
        for (int depth : new int[] {0, DrawsCsv.MAX_TREEDEPTH + 1}) {
            DataFormatException e = assertThrows(DataFormatException.class,
                    () -> DrawsCsv.load("d.csv", "# max_depth = " + depth + "\nlp__,x\n-1,0.5\n-2,0.7\n"));
            assertTrue(e.getMessage().contains("from 1 to 100"), e.getMessage());
        }
    }

    /** ceil(num_warmup / thin) rows are warm-up: with both at 2^31 - 1, exactly the first row. */
    @Test
    void warmupSettingsUpToTheLargestIntegerAreAccepted() throws Exception {
        int max = Integer.MAX_VALUE;
        Draws d = DrawsCsv.parse("d.csv", "# save_warmup = 1\n# num_warmup = " + max + "\n# thin = " + max
                + "\nlp__,x\n-1,0.5\n-2,0.7\n-3,0.9\n");
        assertArrayEquals(new double[] {0.7, 0.9}, d.parameter("x")[0]);
        Draws none = DrawsCsv.parse("d.csv", "# save_warmup = 1\n# num_warmup = 0\nlp__,x\n-1,0.5\n-2,0.7\n");
        assertArrayEquals(new double[] {0.5, 0.7}, none.parameter("x")[0]);
        DataFormatException e = assertThrows(DataFormatException.class, () -> DrawsCsv.parse("d.csv",
                "# save_warmup = 1\n# num_warmup = 2\n# thin = 0\nlp__,x\n-1,0.5\n-2,0.7\n"));
        assertTrue(e.getMessage().contains("'thin = 0' is not a whole number of at least 1"), e.getMessage());
    }

    @Test
    void chainAndDrawNumbersRunFromOneToTheLargestInteger() throws Exception {
        Draws d = DrawsCsv.parse("d.csv", "chain,draw,x\n1,1,0.5\n1," + Integer.MAX_VALUE + ",0.7\n"
                + Integer.MAX_VALUE + ",1,0.9\n" + Integer.MAX_VALUE + ",2,1.1\n");
        assertEquals(2, d.chains());
        for (String bad : new String[] {"0", "2147483648", "1.5"}) {
            assertThrows(DataFormatException.class, () -> DrawsCsv.parse("d.csv", "chain,draw,x\n" + bad + ",1,0.5\n"),
                    bad);
        }
    }

    @Test
    void aRepeatedDrawNumberIsRefused() {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> DrawsCsv.parse("d.csv", "chain,draw,x\n1,1,0.5\n1,2,0.6\n1,2,0.7\n"));
        assertTrue(e.getMessage().contains("draw 2 of chain 1 follows draw 2"), e.getMessage());
    }

    /** Non-finite draws are written as CmdStan spells them and read back as the same values. */
    @Test
    void nonFiniteDrawsAreWrittenInCmdStanSpelling(@TempDir Path tmp) throws Exception {
        double[] x = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, -0.25};
        double[] y = {1, 2, 3, 4};
        Draws draws = new Draws(List.of("x", "y"), List.of(), new double[][][] {{x, y}}, true);
        StringWriter text = new StringWriter();
        DrawsCsv.write(draws, text);
        assertEquals("chain,draw,x,y\n1,1,inf,1.0\n1,2,-inf,2.0\n1,3,NaN,3.0\n1,4,-0.25,4.0\n", text.toString());
        Path file = tmp.resolve("d.csv");
        DrawsCsv.write(draws, file);
        assertEquals(text.toString(), Files.readString(file));
        assertArrayEquals(y, DrawsCsv.load(List.of(file)).draws().parameter("y")[0]);
    }

    /** Text handed over directly (pasted, not read through a file) may start with a byte-order mark too. */
    @Test
    void pastedTextMayStartWithAByteOrderMark() throws Exception {
        assertEquals(List.of("x"), DrawsCsv.parse("pasted", "\uFEFFchain,draw,x\n1,1,0.5\n1,2,0.7\n").parameters());
        Draws stan = DrawsCsv.parse("pasted", "\uFEFF# max_depth = 7\nlp__,x\n-1,0.5\n-2,0.7\n");
        assertArrayEquals(new double[] {0.5, 0.7}, stan.parameter("x")[0]);
    }
}
