package org.shrinkagelab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small CSV file with a header row, read whole, whose cells are checked as they are asked for:
 * every complaint names the file, the line and the column. It has no comment lines: a row whose
 * first cell starts with '#' is data. Large files (draws) are streamed with {@link CsvRows} instead.
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

    /** Reads a file; a missing, unreadable, binary, empty or ragged file is a DataFormatException naming it. */
    public static CsvTable read(Path file) throws DataFormatException {
        return parse(file.toString(), TextFiles.open(file));
    }

    /** Reads a file of a format that has '#' comment lines (the reference tables our R scripts write). */
    public static CsvTable readCommented(Path file) throws DataFormatException {
        return parse(file.toString(), TextFiles.open(file), true);
    }

    /** Parses text of a format that has '#' comment lines, naming it {@code source} in messages. */
    public static CsvTable parseCommented(String source, String text) throws DataFormatException {
        return parse(source, new StringReader(text), true);
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
        return parse(source, new StringReader(text));
    }

    /** Parses CSV from a reader (closed afterwards), naming it {@code source} in messages. */
    public static CsvTable parse(String source, Reader reader) throws DataFormatException {
        return parse(source, reader, false);
    }

    private static CsvTable parse(String source, Reader reader, boolean comments) throws DataFormatException {
        List<String[]> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (CsvRows in = CsvRows.open(source, reader, comments)) {
            for (String[] cells = in.next(); cells != null; cells = in.next()) {
                rows.add(cells);
                lines.add(in.line());
            }
            return new CsvTable(source, in.header(), rows, lines);
        }
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

    /** The index of a column, or an error naming the file and the columns found, or both places of a repeated one. */
    public int column(String name) throws DataFormatException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new DataFormatException(UntrustedText.quote(source) + ": missing column '" + name + "'; found: "
                    + UntrustedText.list(header));
        }
        int j = header.lastIndexOf(name);
        if (j != i) {
            throw new DataFormatException(UntrustedText.quote(source) + ": the column '" + name
                    + "' appears twice (columns " + (i + 1) + " and " + (j + 1) + ")");
        }
        return i;
    }

    /** Checks that every named column is present, once. */
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

    /** A cell as a finite number in plain decimal or scientific notation, or an error naming file, line and column. */
    public double number(int row, int column) throws DataFormatException {
        String cell = rows.get(row)[column];
        double v;
        try {
            v = PlainNumber.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw cellError(row, column, "'" + UntrustedText.quote(cell) + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw cellError(row, column, "'" + UntrustedText.quote(cell) + "' is not a finite number");
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
                throw cellError(r, c, String.format(Locale.ROOT, "%s must be positive, was %s", name,
                        UntrustedText.quote(text(r, c))));
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
        return new DataFormatException(UntrustedText.quote(source) + ", line " + line(row) + ", column '"
                + UntrustedText.quote(header.get(column)) + "': " + what);
    }
}
