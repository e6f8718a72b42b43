package org.shrinkagelab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EightSchoolsDataTest {

    @Test
    void bundledDataAreRubinsEightSchools() {
        EightSchoolsData d = EightSchoolsData.bundled();
        assertEquals(List.of("A", "B", "C", "D", "E", "F", "G", "H"), d.schools());
        assertArrayEquals(new double[] {28, 8, -3, 7, -1, 1, 18, 12}, d.effects());
        assertArrayEquals(new double[] {15, 10, 16, 11, 9, 11, 10, 18}, d.stderrs());
    }

    @Test
    void bundledResourceIsTheFileInDataFolder() throws IOException {
        byte[] shipped = Files.readAllBytes(Path.of("data", "eight_schools.csv"));
        try (InputStream in = EightSchoolsData.class.getResourceAsStream(EightSchoolsData.RESOURCE)) {
            assertArrayEquals(shipped, in.readAllBytes());
        }
    }

    @Test
    void readsAUsersFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.csv");
        Files.writeString(f, "stderr,school,effect\n2,x,1.5\n3,y,-2\n");
        EightSchoolsData d = EightSchoolsData.read(f);
        assertEquals(List.of("x", "y"), d.schools());
        assertArrayEquals(new double[] {1.5, -2}, d.effects());
        assertArrayEquals(new double[] {2, 3}, d.stderrs());
    }

    @Test
    void missingColumnIsNamed() {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> EightSchoolsData.parse("bad.csv", "school,effect\nA,1\nB,2\n"));
        assertTrue(e.getMessage().contains("bad.csv") && e.getMessage().contains("missing column 'stderr'"),
                e.getMessage());
    }

    @Test
    void nonNumericCellNamesFileLineAndColumn() {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> EightSchoolsData.parse("bad.csv", "school,effect,stderr\nA,28,15\nB,eight,10\n"));
        assertEquals("bad.csv, line 3, column 'effect': 'eight' is not a number", e.getMessage());
    }

    @Test
    void negativeStderrIsRefusedWithItsLine() {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> EightSchoolsData.parse("bad.csv", "school,effect,stderr\nA,28,15\nB,8,-10\n"));
        assertEquals("bad.csv, line 3, column 'stderr': stderr must be positive, was -10", e.getMessage());
    }

    @Test
    void infiniteEffectIsRefused() {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> EightSchoolsData.parse("bad.csv", "school,effect,stderr\nA,Infinity,15\nB,8,10\n"));
        assertTrue(e.getMessage().startsWith("bad.csv, line 2, column 'effect'"), e.getMessage());
    }

    @Test
    void oneSchoolIsTooFew() {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> EightSchoolsData.parse("one.csv", "school,effect,stderr\nA,28,15\n"));
        assertEquals("one.csv: at least 2 schools are needed, found 1", e.getMessage());
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path f = dir.resolve("nope.csv");
        DataFormatException e = assertThrows(DataFormatException.class, () -> EightSchoolsData.read(f));
        assertTrue(e.getMessage().contains("nope.csv"), e.getMessage());
    }
}
