package org.shrinkagelab.problems.eightschools.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.data.DataFormatException;
import org.shrinkagelab.data.EightSchoolsData;
import org.shrinkagelab.engine.JobContext;

/**
 * The schools loader accepts only data the model can compute: every accepted extreme computes with finite
 * numbers (pooled mean, ANOVA, exact posterior), and what it refuses says the range.
 */
class DataRangeTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "effects {0}, {1}; stderrs {2}, {3}")
    @CsvSource({"10000,-10000,0.01,0.01", "10000,-10000,10000,10000", "10000,9999,0.01,10000",
        "0,0,0.01,10000", "-10000,-10000,10000,0.01", "1,2,0.01,0.01"})
    void extremesOfTheAcceptedRangeCompute(double x1, double x2, double s1, double s2) throws Exception {
        Path f = Files.writeString(tmp.resolve("d.csv"), "school,effect,stderr\nA," + x1 + "," + s1 + "\nB," + x2
                + "," + s2 + "\nC,0,1\n");
        EightSchoolsData d = EightSchoolsData.read(f);
        assertTrue(Double.isFinite(d.pooledMean()) && Double.isFinite(d.pooledSd()));
        EightSchoolsExactProblem problem = new EightSchoolsExactProblem();
        EightSchoolsExactResult r = new EightSchoolsExactCalculator(d).compute(problem.defaults(), JobContext.none());
        assertTrue(Double.isFinite(r.exact().muMean()) && Double.isFinite(r.exact().tauMean()), "exact posterior");
        assertTrue(Double.isFinite(r.test().chiSquare()) && Double.isFinite(r.test().pValue()), "ANOVA");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A,1,1e-200 | line 2, column 'stderr': stderr 1e-200 is outside the range the model computes: 0.01 to 10000
            A,1,1e200  | line 2, column 'stderr': stderr 1e200 is outside the range the model computes: 0.01 to 10000
            A,1e150,1  | line 2, column 'effect': effect 1e150 is outside the range the model computes: -10000 to 10000
            """)
    void outsideTheRangeIsRefusedSayingTheRange(String row, String message) throws Exception {
        Path f = Files.writeString(tmp.resolve("d.csv"), "school,effect,stderr\n" + row + "\nB,2,3\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> EightSchoolsData.read(f));
        assertEquals(f + ", " + message, e.getMessage());
    }

    @Test
    void tooManySchoolsAreRefusedQuickly() throws Exception {
        StringBuilder sb = new StringBuilder("school,effect,stderr\n");
        for (int s = 0; s < 5000; s++) {
            sb.append('s').append(s).append(',').append(s % 17).append(",10\n");
        }
        Path f = Files.writeString(tmp.resolve("d.csv"), sb);
        DataFormatException e = assertThrows(DataFormatException.class, () -> EightSchoolsData.read(f));
        assertEquals(f + ": 5000 schools; at most 200 are allowed (a curve and a table row each)", e.getMessage());
    }

    @Test
    void aSchoolNamedHashFourIsKept() throws Exception {
        Path f = Files.writeString(tmp.resolve("d.csv"), "school,effect,stderr\nA,1,2\n#4,3,4\nC,5,6\n");
        assertEquals(java.util.List.of("A", "#4", "C"), EightSchoolsData.read(f).schools());
        Path bom = Files.writeString(tmp.resolve("b.csv"), "\uFEFFschool,effect,stderr\nA,1,2\nB,3,4\n");
        assertEquals(2, EightSchoolsData.read(bom).size());
        Path twice = Files.writeString(tmp.resolve("t.csv"), "school,effect,stderr,effect\nA,1,2,3\nB,3,4,5\n");
        assertEquals(twice + ": the column 'effect' appears twice (columns 2 and 4)",
                assertThrows(DataFormatException.class, () -> EightSchoolsData.read(twice)).getMessage());
    }

    @Test
    void unreadableFilesSayWhy() throws Exception {
        Path bin = Files.write(tmp.resolve("x.csv"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 'a', (byte) 0xC3});
        assertEquals(bin + ": not a text file (not UTF-8)",
                assertThrows(DataFormatException.class, () -> EightSchoolsData.read(bin)).getMessage());
        assertEquals(tmp + ": is a folder, not a file",
                assertThrows(DataFormatException.class, () -> EightSchoolsData.read(tmp)).getMessage());
        Path locked = Files.writeString(tmp.resolve("locked.csv"), "school,effect,stderr\n");
        if (locked.toFile().setReadable(false) && !Files.isReadable(locked)) { // root can read anything
            assertEquals(locked + ": permission denied",
                    assertThrows(DataFormatException.class, () -> EightSchoolsData.read(locked)).getMessage());
        }
    }
}
