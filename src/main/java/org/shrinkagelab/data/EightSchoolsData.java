package org.shrinkagelab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Parallel experiments with known standard errors (the eight schools of Rubin 1981): one row per
 * school with its name, estimated effect and the standard error of that estimate.
 *
 * @param schools the school names, in file order
 * @param effects the estimated effects x_s
 * @param stderrs the known standard errors sigma_s, all positive
 * @param unit    the unit of the effects for axis labels: "SAT points" for the bundled data, a file's
 *                {@code unit} column where it has one, else the neutral {@value #NEUTRAL_UNIT}
 */
public record EightSchoolsData(List<String> schools, double[] effects, double[] stderrs, String unit) {
    /** The unit named when a file does not give one. */
    public static final String NEUTRAL_UNIT = "effect";
    /** The unit of the bundled eight schools (coaching effects on the SAT-V). */
    public static final String BUNDLED_UNIT = "SAT points";
    /** Longest unit text a file may give (it goes into axis labels). */
    public static final int MAX_UNIT_LENGTH = 40;

    /** The bundled file, as a classpath resource (copied from {@code data/eight_schools.csv}). */
    public static final String RESOURCE = "/org/shrinkagelab/data/eight_schools.csv";

    /** Checks that the arrays line up, are finite, the errors positive and there are at least two schools. */
    public EightSchoolsData {
        schools = List.copyOf(schools);
        unit = unit == null || unit.isBlank() ? NEUTRAL_UNIT : unit.strip();
        effects = effects.clone();
        stderrs = stderrs.clone();
        if (effects.length != schools.size() || stderrs.length != schools.size()) {
            throw new IllegalArgumentException("schools, effects and stderrs differ in length");
        }
        if (schools.size() < 2) {
            throw new IllegalArgumentException("at least 2 schools are needed, found " + schools.size());
        }
        for (int s = 0; s < effects.length; s++) {
            if (!Double.isFinite(effects[s])) {
                throw new IllegalArgumentException("school " + schools.get(s) + ": effect must be finite, was "
                        + effects[s]);
            }
            if (!(stderrs[s] > 0) || !Double.isFinite(stderrs[s])) {
                throw new IllegalArgumentException("school " + schools.get(s)
                        + ": standard error must be finite and > 0, was " + stderrs[s]);
            }
        }
    }

    /** Data in the neutral unit {@value #NEUTRAL_UNIT}. */
    public EightSchoolsData(List<String> schools, double[] effects, double[] stderrs) {
        this(schools, effects, stderrs, NEUTRAL_UNIT);
    }

    /** The number of schools. */
    public int size() {
        return schools.size();
    }

    /** The estimated effects (a copy). */
    @Override
    public double[] effects() {
        return effects.clone();
    }

    /** The standard errors (a copy). */
    @Override
    public double[] stderrs() {
        return stderrs.clone();
    }

    /** Unnamed schools, named by their 1-based number, with the given effects and standard errors. */
    public static EightSchoolsData of(double[] effects, double[] stderrs) {
        List<String> names = new java.util.ArrayList<>();
        for (int s = 0; s < effects.length; s++) {
            names.add(String.valueOf(s + 1));
        }
        return new EightSchoolsData(names, effects, stderrs);
    }

    /** Complete pooling: the precision-weighted mean sum(x_s / sigma_s^2) / sum(1 / sigma_s^2) (7.69 here). */
    public double pooledMean() {
        double weighted = 0;
        double precision = 0;
        for (int s = 0; s < effects.length; s++) {
            double w = 1 / (stderrs[s] * stderrs[s]);
            weighted += w * effects[s];
            precision += w;
        }
        return weighted / precision;
    }

    /** Standard error of the pooled mean, 1 / sqrt(sum 1 / sigma_s^2) (4.07 here). */
    public double pooledSd() {
        double precision = 0;
        for (double s : stderrs) {
            precision += 1 / (s * s);
        }
        return 1 / Math.sqrt(precision);
    }

    /** The bundled eight schools data. */
    public static EightSchoolsData bundled() {
        try (InputStream in = EightSchoolsData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled resource " + RESOURCE + " is missing from the build");
            }
            EightSchoolsData d = parse("eight_schools.csv (bundled)", new InputStreamReader(in, StandardCharsets.UTF_8));
            return new EightSchoolsData(d.schools(), d.effects(), d.stderrs(), BUNDLED_UNIT);
        } catch (IOException | DataFormatException e) {
            throw new IllegalStateException("the bundled eight schools data cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a user's file with columns {@code school,effect,stderr}; errors name file, line and column. */
    public static EightSchoolsData read(Path file) throws DataFormatException {
        return from(CsvTable.read(file));
    }

    /** Parses CSV text, naming it {@code source} in error messages. */
    public static EightSchoolsData parse(String source, String text) throws DataFormatException {
        return from(CsvTable.parse(source, text));
    }

    private static EightSchoolsData parse(String source, Reader reader) throws IOException, DataFormatException {
        return from(CsvTable.parse(source, reader));
    }

    /** Most schools a file may hold: the tabs draw a curve and a table row per school. */
    public static final int MAX_SCHOOLS = 200;
    /** Largest magnitude of an effect the model computes reliably (squares and the tau scan stay in range). */
    public static final double MAX_EFFECT = 1e4;
    /** Smallest and largest standard error (their inverse squares are the precisions the model sums). */
    public static final double MIN_STDERR = 0.01;
    /** Largest standard error. */
    public static final double MAX_STDERR = 1e4;

    private static EightSchoolsData from(CsvTable table) throws DataFormatException {
        table.require("school", "effect", "stderr");
        if (table.rowCount() < 2) {
            throw new DataFormatException(UntrustedText.quote(table.source()) + ": at least 2 schools are needed, found "
                    + table.rowCount());
        }
        if (table.rowCount() > MAX_SCHOOLS) {
            throw new DataFormatException(UntrustedText.quote(table.source()) + ": " + table.rowCount()
                    + " schools; at most " + MAX_SCHOOLS + " are allowed (a curve and a table row each)");
        }
        List<String> names = table.texts("school");
        int nameColumn = table.column("school");
        for (int r = 0; r < names.size(); r++) {
            if (names.get(r).isEmpty()) {
                throw table.cellError(r, nameColumn, "the school name is empty");
            }
        }
        double[] effects = table.numbers("effect");
        double[] stderrs = table.positiveNumbers("stderr");
        int effectColumn = table.column("effect");
        int stderrColumn = table.column("stderr");
        for (int r = 0; r < effects.length; r++) {
            if (!(Math.abs(effects[r]) <= MAX_EFFECT)) {
                throw table.cellError(r, effectColumn, "effect " + UntrustedText.quote(table.text(r, effectColumn))
                        + " is outside the range the model computes: -10000 to 10000");
            }
            if (!(stderrs[r] >= MIN_STDERR && stderrs[r] <= MAX_STDERR)) {
                throw table.cellError(r, stderrColumn, "stderr " + UntrustedText.quote(table.text(r, stderrColumn))
                        + " is outside the range the model computes: 0.01 to 10000");
            }
        }
        return new EightSchoolsData(names, effects, stderrs, unit(table));
    }

    /** The optional {@code unit} column: one non-empty value on every row, or absent. */
    private static String unit(CsvTable table) throws DataFormatException {
        if (!table.has("unit")) {
            return NEUTRAL_UNIT;
        }
        int column = table.column("unit");
        String first = table.text(0, column).strip();
        for (int r = 0; r < table.rowCount(); r++) {
            String u = table.text(r, column).strip();
            if (u.isEmpty()) {
                throw table.cellError(r, column, "the unit is empty; give one unit on every row or leave out the column");
            }
            if (!u.equals(first)) {
                throw table.cellError(r, column, "unit " + UntrustedText.quote(u) + " differs from "
                        + UntrustedText.quote(first) + " on the first row; all schools must share one unit");
            }
            if (u.length() > MAX_UNIT_LENGTH || !u.chars().allMatch(c -> c >= 0x20 && c != 0x7f)) {
                throw table.cellError(r, column, "the unit must be at most " + MAX_UNIT_LENGTH
                        + " printable characters");
            }
        }
        return first;
    }
}
