package org.shrinkagelab.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.shrinkagelab.stats.RandomStreams;

/**
 * Asteroids with a measured geometric albedo, grouped by orbit class (NASA/JPL SBDB as Debian's
 * kstars-data ships it; see data/asteroids.md). Classes are listed in order of first appearance.
 *
 * @param asteroids one row per asteroid, in file order
 */
public record AsteroidsData(List<Asteroid> asteroids) {
    /** The bundled file, as a classpath resource (copied from {@code data/asteroids.csv}). */
    public static final String RESOURCE = "/org/shrinkagelab/data/asteroids.csv";
    /** The columns a file must have (in any order). */
    public static final List<String> COLUMNS =
            List.of("name", "class", "H", "diameter_km", "albedo", "rot_per_h", "a_au", "e", "i_deg");

    /**
     * One asteroid.
     *
     * @param name       its designation, e.g. "1 Ceres (A801 AA)"
     * @param orbitClass its SBDB orbit class code, e.g. MBA, TJN, IMB
     * @param h          absolute magnitude H
     * @param diameterKm diameter in km, > 0
     * @param albedo     geometric albedo, in (0, 1]
     * @param rotPerH    rotation period in hours, > 0, or NaN where the source has none
     * @param aAu        semi-major axis in au, > 0
     * @param e          eccentricity, >= 0
     * @param iDeg       inclination in degrees, in [0, 180]
     */
    public record Asteroid(String name, String orbitClass, double h, double diameterKm, double albedo, double rotPerH,
                           double aAu, double e, double iDeg) {
    }

    /** Checks there is at least one asteroid. */
    public AsteroidsData {
        asteroids = List.copyOf(asteroids);
        if (asteroids.isEmpty()) {
            throw new IllegalArgumentException("at least one asteroid is needed");
        }
    }

    /** The number of asteroids. */
    public int size() {
        return asteroids.size();
    }

    /** The orbit classes in order of first appearance. */
    public List<String> classes() {
        return asteroids.stream().map(Asteroid::orbitClass).distinct().toList();
    }

    /** The number of asteroids in each class, classes in order of first appearance. */
    public Map<String, Integer> classCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Asteroid a : asteroids) {
            counts.merge(a.orbitClass(), 1, Integer::sum);
        }
        return counts;
    }

    /** For each asteroid, the 0-based index of its class in {@link #classes()}. */
    public int[] classIndex() {
        List<String> names = classes();
        return asteroids.stream().mapToInt(a -> names.indexOf(a.orbitClass())).toArray();
    }

    /** The natural log of every albedo, in file order. */
    public double[] logAlbedos() {
        return asteroids.stream().mapToDouble(a -> Math.log(a.albedo())).toArray();
    }

    /**
     * At most {@code perClass} asteroids of each class, drawn without replacement from the seed (a class
     * with fewer keeps all of them), in file order. Each class has its own stream, so one class's size
     * never changes which members another class keeps.
     */
    public AsteroidsData subsample(int perClass, long seed) {
        if (perClass < 1) {
            throw new IllegalArgumentException("at least one asteroid per class is needed, was " + perClass);
        }
        List<String> names = classes();
        List<UniformRandomProvider> streams = RandomStreams.independent(seed, names.size());
        boolean[] keep = new boolean[asteroids.size()];
        for (int c = 0; c < names.size(); c++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < asteroids.size(); i++) {
                if (asteroids.get(i).orbitClass().equals(names.get(c))) {
                    members.add(i);
                }
            }
            UniformRandomProvider rng = streams.get(c);
            int take = Math.min(perClass, members.size());
            for (int k = 0; k < take; k++) {
                int pick = k + rng.nextInt(members.size() - k);
                Integer chosen = members.get(pick);
                members.set(pick, members.get(k));
                members.set(k, chosen);
                keep[chosen] = true;
            }
        }
        List<Asteroid> kept = new ArrayList<>();
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                kept.add(asteroids.get(i));
            }
        }
        return new AsteroidsData(kept);
    }

    /** The bundled asteroids (2,770 with an albedo). */
    public static AsteroidsData bundled() {
        try {
            return from(CsvTable.bundled(RESOURCE, "asteroids.csv (bundled)"));
        } catch (DataFormatException e) {
            throw new IllegalStateException("the bundled asteroid data cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a user's file with the columns of {@link #COLUMNS}; errors name file, line and column. */
    public static AsteroidsData read(Path file) throws DataFormatException {
        return from(CsvTable.read(file));
    }

    /** Parses CSV text, naming it {@code source} in error messages. */
    public static AsteroidsData parse(String source, String text) throws DataFormatException {
        return from(CsvTable.parse(source, text));
    }

    private static AsteroidsData from(CsvTable t) throws DataFormatException {
        t.require(COLUMNS.toArray(new String[0]));
        if (t.rowCount() == 0) {
            throw new DataFormatException(t.source() + ": no asteroids (only a header row)");
        }
        int name = t.column("name");
        int orbitClass = t.column("class");
        int rot = t.column("rot_per_h");
        double[] h = t.numbers("H");
        double[] diameter = t.positiveNumbers("diameter_km");
        double[] albedo = t.positiveNumbers("albedo");
        double[] a = t.positiveNumbers("a_au");
        double[] e = t.numbers("e");
        double[] i = t.numbers("i_deg");
        List<Asteroid> out = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.text(r, name).isEmpty()) {
                throw t.cellError(r, name, "the name is empty");
            }
            if (t.text(r, orbitClass).isEmpty()) {
                throw t.cellError(r, orbitClass, "the orbit class is empty");
            }
            if (albedo[r] > 1) {
                throw t.cellError(r, t.column("albedo"), "albedo must be in (0, 1], was " + t.text(r, t.column("albedo")));
            }
            if (e[r] < 0) {
                throw t.cellError(r, t.column("e"), "eccentricity must be >= 0, was " + t.text(r, t.column("e")));
            }
            if (i[r] < 0 || i[r] > 180) {
                throw t.cellError(r, t.column("i_deg"), "inclination must be in [0, 180] degrees, was "
                        + t.text(r, t.column("i_deg")));
            }
            double period = Double.NaN;
            if (!t.text(r, rot).isEmpty()) {
                period = t.number(r, rot);
                if (!(period > 0)) {
                    throw t.cellError(r, rot, String.format(Locale.ROOT,
                            "rot_per_h must be positive or empty, was %s", t.text(r, rot)));
                }
            }
            out.add(new Asteroid(t.text(r, name), t.text(r, orbitClass), h[r], diameter[r], albedo[r], period, a[r],
                    e[r], i[r]));
        }
        return new AsteroidsData(out);
    }
}
