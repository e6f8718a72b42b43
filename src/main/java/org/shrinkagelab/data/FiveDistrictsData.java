package org.shrinkagelab.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Schools grouped in districts, one datum per school: hours studied, the mean score improvement and
 * its standard error (the course's Five Districts problem). Districts are numbered in the order they
 * first appear in the file.
 *
 * @param schools one row per school, in file order
 */
public record FiveDistrictsData(List<School> schools) {
    /** The bundled file, as a classpath resource (copied from {@code data/five_districts.csv}). */
    public static final String RESOURCE = "/org/shrinkagelab/data/five_districts.csv";
    /** The columns a file must have (in any order). */
    public static final List<String> COLUMNS = List.of("district", "school", "hours", "improvement", "stderr");

    /**
     * One school's datum.
     *
     * @param district    the district's name
     * @param school      the school's name, unique in the dataset
     * @param hours       hours each student studied, > 0
     * @param improvement the mean score improvement
     * @param stderr      the standard error of that mean, > 0
     */
    public record School(String district, String school, double hours, double improvement, double stderr) {
        /** Checks that the names are non-empty, the numbers finite, hours and stderr positive. */
        public School {
            if (district.isEmpty() || school.isEmpty()) {
                throw new IllegalArgumentException("district and school names must not be empty");
            }
            if (!Double.isFinite(hours) || !(hours > 0)) {
                throw new IllegalArgumentException("school " + school + ": hours must be finite and > 0, was " + hours);
            }
            if (!Double.isFinite(improvement)) {
                throw new IllegalArgumentException("school " + school + ": improvement must be finite, was "
                        + improvement);
            }
            if (!Double.isFinite(stderr) || !(stderr > 0)) {
                throw new IllegalArgumentException("school " + school + ": stderr must be finite and > 0, was "
                        + stderr);
            }
        }
    }

    /** Checks the school names are unique and there are at least two districts. */
    public FiveDistrictsData {
        schools = List.copyOf(schools);
        Set<String> seen = new HashSet<>();
        for (School s : schools) {
            if (!seen.add(s.school())) {
                throw new IllegalArgumentException("school " + s.school() + " appears twice");
            }
        }
        long districts = schools.stream().map(School::district).distinct().count();
        if (districts < 2) {
            throw new IllegalArgumentException("at least 2 districts are needed, found " + districts);
        }
    }

    /** The number of schools. */
    public int size() {
        return schools.size();
    }

    /** The district names in order of first appearance. */
    public List<String> districts() {
        return schools.stream().map(School::district).distinct().toList();
    }

    /** For each school, the 0-based index of its district in {@link #districts()}. */
    public int[] districtIndex() {
        List<String> names = districts();
        int[] index = new int[schools.size()];
        for (int j = 0; j < index.length; j++) {
            index[j] = names.indexOf(schools.get(j).district());
        }
        return index;
    }

    /** The hours of every school, in file order. */
    public double[] hours() {
        return schools.stream().mapToDouble(School::hours).toArray();
    }

    /** The improvements of every school, in file order. */
    public double[] improvements() {
        return schools.stream().mapToDouble(School::improvement).toArray();
    }

    /** The standard errors of every school, in file order. */
    public double[] stderrs() {
        return schools.stream().mapToDouble(School::stderr).toArray();
    }

    /** The bundled (simulated) Five Districts data. */
    public static FiveDistrictsData bundled() {
        try {
            return from(CsvTable.bundled(RESOURCE, "five_districts.csv (bundled)"));
        } catch (DataFormatException e) {
            throw new IllegalStateException("the bundled Five Districts data cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a user's file with columns district,school,hours,improvement,stderr; errors name file, line and column. */
    public static FiveDistrictsData read(Path file) throws DataFormatException {
        return from(CsvTable.read(file));
    }

    /** Parses CSV text, naming it {@code source} in error messages. */
    public static FiveDistrictsData parse(String source, String text) throws DataFormatException {
        return from(CsvTable.parse(source, text));
    }

    private static FiveDistrictsData from(CsvTable table) throws DataFormatException {
        table.require(COLUMNS.toArray(new String[0]));
        int districtColumn = table.column("district");
        int schoolColumn = table.column("school");
        double[] hours = table.positiveNumbers("hours");
        double[] improvements = table.numbers("improvement");
        double[] stderrs = table.positiveNumbers("stderr");
        Map<String, Long> firstLine = new HashMap<>();
        List<School> schools = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            String district = table.text(r, districtColumn);
            String school = table.text(r, schoolColumn);
            if (district.isEmpty()) {
                throw table.cellError(r, districtColumn, "the district name is empty");
            }
            if (school.isEmpty()) {
                throw table.cellError(r, schoolColumn, "the school name is empty");
            }
            Long earlier = firstLine.putIfAbsent(school, table.line(r));
            if (earlier != null) {
                throw table.cellError(r, schoolColumn, "school '" + school + "' already appears on line " + earlier);
            }
            schools.add(new School(district, school, hours[r], improvements[r], stderrs[r]));
        }
        long districts = schools.stream().map(School::district).distinct().count();
        if (districts < 2) {
            throw new DataFormatException(table.source() + ": at least 2 districts are needed, found " + districts);
        }
        return new FiveDistrictsData(schools);
    }
}
