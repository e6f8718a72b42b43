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

class FiveDistrictsDataTest {
    private static final String HEADER = "district,school,hours,improvement,stderr\n";

    @Test
    void bundledDataHave27SchoolsInFiveUnbalancedDistricts() {
        FiveDistrictsData d = FiveDistrictsData.bundled();
        assertEquals(27, d.size());
        assertEquals(List.of("A", "B", "C", "D", "E"), d.districts());
        int[] counts = new int[5];
        for (int i : d.districtIndex()) {
            counts[i]++;
        }
        assertArrayEquals(new int[] {3, 4, 5, 7, 8}, counts);
    }

    @Test
    void bundledResourceIsTheFileInDataFolder() throws IOException {
        byte[] shipped = Files.readAllBytes(Path.of("data", "five_districts.csv"));
        try (InputStream in = FiveDistrictsData.class.getResourceAsStream(FiveDistrictsData.RESOURCE)) {
            assertArrayEquals(shipped, in.readAllBytes());
        }
    }

    @Test
    void readsAUsersFileWithColumnsInAnyOrderAndADistrictOfOneSchool(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.csv");
        Files.writeString(f, "school,stderr,district,improvement,hours\nx,2,North,5.5,10\ny,3,North,7,12\nz,1.5,South,9,20\n");
        FiveDistrictsData d = FiveDistrictsData.read(f);
        assertEquals(List.of("North", "South"), d.districts());
        assertArrayEquals(new int[] {0, 0, 1}, d.districtIndex());
        assertArrayEquals(new double[] {10, 12, 20}, d.hours());
        assertArrayEquals(new double[] {5.5, 7, 9}, d.improvements());
        assertArrayEquals(new double[] {2, 3, 1.5}, d.stderrs());
    }

    private static String error(String text) {
        return assertThrows(DataFormatException.class, () -> FiveDistrictsData.parse("bad.csv", text)).getMessage();
    }

    @Test
    void missingColumnIsNamed() {
        String m = error("district,school,hours,improvement\nA,a,1,2\nB,b,1,2\n");
        assertEquals("bad.csv: missing column 'stderr'; found: district, school, hours, improvement", m);
    }

    @Test
    void nonNumericHoursNameFileLineAndColumn() {
        assertEquals("bad.csv, line 3, column 'hours': 'ten' is not a number",
                error(HEADER + "A,a,10,2,3\nB,b,ten,2,3\n"));
    }

    @Test
    void infiniteImprovementIsRefused() {
        assertEquals("bad.csv, line 2, column 'improvement': 'Infinity' is not a number",
                error(HEADER + "A,a,10,Infinity,3\nB,b,10,2,3\n"));
    }

    @Test
    void zeroStderrIsRefused() {
        assertEquals("bad.csv, line 3, column 'stderr': stderr must be positive, was 0",
                error(HEADER + "A,a,10,2,3\nB,b,10,2,0\n"));
    }

    @Test
    void negativeHoursAreRefused() {
        assertEquals("bad.csv, line 2, column 'hours': hours must be positive, was -1",
                error(HEADER + "A,a,-1,2,3\nB,b,10,2,3\n"));
    }

    @Test
    void emptyDistrictIsRefused() {
        assertEquals("bad.csv, line 3, column 'district': the district name is empty",
                error(HEADER + "A,a,10,2,3\n,b,10,2,3\n"));
    }

    @Test
    void emptySchoolIsRefused() {
        assertEquals("bad.csv, line 2, column 'school': the school name is empty",
                error(HEADER + "A,,10,2,3\nB,b,10,2,3\n"));
    }

    @Test
    void duplicateSchoolNamesBothLines() {
        assertEquals("bad.csv, line 4, column 'school': school 'a' already appears on line 2",
                error(HEADER + "A,a,10,2,3\nB,b,10,2,3\nB,a,11,2,3\n"));
    }

    @Test
    void oneDistrictIsTooFew() {
        assertEquals("bad.csv: at least 2 districts are needed, found 1", error(HEADER + "A,a,10,2,3\nA,b,10,2,3\n"));
    }

    @Test
    void raggedRowIsRefused() {
        assertTrue(error(HEADER + "A,a,10,2\n").startsWith("bad.csv, line 2: 4 cells"));
    }
}
