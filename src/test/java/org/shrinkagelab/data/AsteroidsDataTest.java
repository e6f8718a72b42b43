package org.shrinkagelab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AsteroidsDataTest {
    private static final String HEADER = "name,class,H,diameter_km,albedo,rot_per_h,a_au,e,i_deg\n";
    private static final String CERES = "1 Ceres (A801 AA),MBA,3.33,939.4,0.090,9.074170,2.766619,0.078636,10.5868\n";

    @Test
    void shippedClassCountsAreAsDocumented() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("MBA", 1966);
        expected.put("TJN", 476);
        expected.put("OMB", 282);
        expected.put("CEN", 30);
        expected.put("TNO", 8);
        expected.put("MCA", 4);
        expected.put("AMO", 2);
        expected.put("IMB", 1);
        expected.put("AST", 1);
        AsteroidsData d = AsteroidsData.bundled();
        assertEquals(2770, d.size());
        assertEquals(expected, d.classCounts());
        assertEquals(371, d.asteroids().stream().filter(a -> Double.isNaN(a.rotPerH())).count(),
                "rows without a rotation period");
    }

    @Test
    void bundledResourceIsTheFileInDataFolder() throws IOException {
        byte[] shipped = Files.readAllBytes(Path.of("data", "asteroids.csv"));
        try (InputStream in = AsteroidsData.class.getResourceAsStream(AsteroidsData.RESOURCE)) {
            assertArrayEquals(shipped, in.readAllBytes());
        }
    }

    @Test
    void subsampleKeepsAtMostNPerClassReproducibly() {
        AsteroidsData all = AsteroidsData.bundled();
        AsteroidsData few = all.subsample(5, 3);
        Map<String, Integer> counts = few.classCounts();
        assertEquals(5, counts.get("MBA"));
        assertEquals(5, counts.get("CEN"));
        assertEquals(4, counts.get("MCA"));
        assertEquals(1, counts.get("AST"));
        assertEquals(all.classes().size(), few.classes().size());
        assertEquals(few, all.subsample(5, 3));
        assertNotEquals(few, all.subsample(5, 4));
        // a class's members do not depend on how many another class keeps: classes have their own streams
        assertEquals(few.asteroids().stream().filter(a -> a.orbitClass().equals("TNO")).toList(),
                all.subsample(5, 3).asteroids().stream().filter(a -> a.orbitClass().equals("TNO")).toList());
        assertTrue(all.asteroids().containsAll(few.asteroids()));
    }

    private static String error(String rows) {
        return assertThrows(DataFormatException.class, () -> AsteroidsData.parse("bad.csv", HEADER + rows)).getMessage();
    }

    @Test
    void missingRotationPeriodIsAllowed() throws DataFormatException {
        AsteroidsData d = AsteroidsData.parse("ok.csv", HEADER + "x,TNO,7.09,328,0.022,,39.79,0.188,5.14\n");
        assertTrue(Double.isNaN(d.asteroids().get(0).rotPerH()));
    }

    @Test
    void albedoAboveOneIsRefused() {
        assertEquals("bad.csv, line 3, column 'albedo': albedo must be in (0, 1], was 1.2",
                error(CERES + "x,MBA,3,9,1.2,9,2.7,0.07,10\n"));
    }

    @Test
    void zeroAlbedoIsRefused() {
        assertEquals("bad.csv, line 2, column 'albedo': albedo must be positive, was 0",
                error("x,MBA,3,9,0,9,2.7,0.07,10\n"));
    }

    @Test
    void emptyClassIsRefused() {
        assertEquals("bad.csv, line 2, column 'class': the orbit class is empty", error("x,,3,9,0.1,9,2.7,0.07,10\n"));
    }

    @Test
    void nonNumericMagnitudeIsRefused() {
        assertEquals("bad.csv, line 2, column 'H': 'bright' is not a number", error("x,MBA,bright,9,0.1,9,2.7,0.07,10\n"));
    }

    @Test
    void negativeRotationPeriodIsRefused() {
        assertEquals("bad.csv, line 2, column 'rot_per_h': rot_per_h must be positive or empty, was -9",
                error("x,MBA,3,9,0.1,-9,2.7,0.07,10\n"));
    }

    @Test
    void negativeEccentricityAndWildInclinationAreRefused() {
        assertEquals("bad.csv, line 2, column 'e': eccentricity must be >= 0, was -0.1",
                error("x,MBA,3,9,0.1,9,2.7,-0.1,10\n"));
        assertEquals("bad.csv, line 2, column 'i_deg': inclination must be in [0, 180] degrees, was 200",
                error("x,MBA,3,9,0.1,9,2.7,0.1,200\n"));
    }

    @Test
    void headerOnlyIsRefused() {
        assertEquals("bad.csv: no asteroids (only a header row)", error(""));
    }
}
