package org.shrinkagelab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header row, read whole, whose cells are checked as they are asked for:
 * every complaint names the file, the line and the column. Lines starting with '#' are comments
 * (CmdStan writes them, also between data rows).
 */
public final class CsvTable {
    private final String source;
    private final List<String> header;
    private final List<String[]> rows;
    private final List<Long> lines;

    private CsvTable(String source, List<String> header, List<String[]> rows, List<Long> lines) {
        this.source = source;
        this.header = header;
        this.rows = rows;
        this.lines = lines;
    }

    /** Reads a file; a missing, empty or ragged file is a DataFormatException naming it. */
    public static CsvTable read(Path file) throws DataFormatException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.toString(), r);
        } catch (NoSuchFileException e) {
            throw new DataFormatException(file + ": no such file");
        } catch (IOException e) {
            throw new DataFormatException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads a dataset bundled as a classpath resource, naming it {@code source} in messages; a missing
     * resource or unreadable bytes mean a broken build and are an IllegalStateException.
     */
    public static CsvTable bundled(String resource, String source) throws DataFormatException {
        try (InputStream in = CsvTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled resource " + resource + " is missing from the build");
            }
            return parse(source, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the bundled resource " + resource + " cannot be read", e);
        }
    }

    /** Parses text (bundled data, tests), naming it {@code source} in messages. */
    public static CsvTable parse(String source, String text) throws DataFormatException {
        try {
            return parse(source, new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses CSV from a reader, naming it {@code source} in messages. */
    public static CsvTable parse(String source, Reader reader) throws IOException, DataFormatException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).build();
        List<String> header = null;
        List<String[]> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord rec : parser) {
                long line = parser.getCurrentLineNumber();
                String[] cells = rec.values();
                if (header == null) {
                    header = List.of(cells);
                    if (header.stream().anyMatch(String::isEmpty)) {
                        throw new DataFormatException(source + ", line " + line + ": the header has an empty column name");
                    }
                    continue;
                }
                if (cells.length != header.size()) {
                    throw new DataFormatException(source + ", line " + line + ": " + cells.length
                            + " cells, but the header has " + header.size() + " columns");
                }
                rows.add(cells);
                lines.add(line);
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new DataFormatException(source + ": not valid CSV (" + e.getMessage() + ")", e);
        }
        if (header == null) {
            throw new DataFormatException(source + ": the file is empty (a header row is needed)");
        }
        return new CsvTable(source, header, rows, lines);
    }

    /** Where the table came from, as named in messages. */
    public String source() {
        return source;
    }

    /** The column names in file order. */
    public List<String> columns() {
        return header;
    }

    /** Number of data rows. */
    public int rowCount() {
        return rows.size();
    }

    /** Tells whether a column is present. */
    public boolean has(String column) {
        return header.contains(column);
    }

    /** The index of a column, or an error naming the file and the columns found. */
    public int column(String name) throws DataFormatException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new DataFormatException(source + ": missing column '" + name + "'; found: "
                    + String.join(", ", header));
        }
        return i;
    }

    /** Checks that every named column is present. */
    public void require(String... names) throws DataFormatException {
        for (String n : names) {
            column(n);
        }
    }

    /** The 1-based line of the file holding data row {@code row} (0-based). */
    public long line(int row) {
        return lines.get(row);
    }

    /** A cell's text. */
    public String text(int row, int column) {
        return rows.get(row)[column];
    }

    /** A cell as a finite number, or an error naming file, line and column. */
    public double number(int row, int column) throws DataFormatException {
        String cell = rows.get(row)[column];
        double v;
        try {
            v = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw cellError(row, column, "'" + cell + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw cellError(row, column, "'" + cell + "' is not a finite number");
        }
        return v;
    }

    /** A whole column as finite numbers. */
    public double[] numbers(String name) throws DataFormatException {
        int c = column(name);
        double[] out = new double[rows.size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = number(r, c);
        }
        return out;
    }

    /** A whole column as strictly positive numbers (uncertainties). */
    public double[] positiveNumbers(String name) throws DataFormatException {
        int c = column(name);
        double[] out = numbers(name);
        for (int r = 0; r < out.length; r++) {
            if (!(out[r] > 0)) {
                throw cellError(r, c, String.format(Locale.ROOT, "%s must be positive, was %s", name, text(r, c)));
            }
        }
        return out;
    }

    /** A whole column as text. */
    public List<String> texts(String name) throws DataFormatException {
        int c = column(name);
        List<String> out = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            out.add(row[c]);
        }
        return out;
    }

    /** An error about one cell, naming file, line and column. */
    public DataFormatException cellError(int row, int column, String what) {
        return new DataFormatException(source + ", line " + line(row) + ", column '" + header.get(column) + "': " + what);
    }
}
