package org.shrinkagelab.data;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The data rows of a CSV file, one at a time, so a large file is never held as text. Lines
 * starting with '#' are comments only when the format has them (CmdStan's output); elsewhere such
 * a line is data (a school named "#4"). Every complaint names the source and the line.
 */
public final class CsvRows implements AutoCloseable {
    private final String source;
    private final List<String> header;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final long linesBefore;
    private long line;

    private CsvRows(String source, List<String> header, CSVParser parser, long linesBefore) {
        this.source = source;
        this.header = header;
        this.parser = parser;
        this.records = parser.iterator();
        this.linesBefore = linesBefore;
        this.line = linesBefore;
    }

    private static CSVFormat format(boolean comments) {
        CSVFormat.Builder b = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true);
        return (comments ? b.setCommentMarker('#') : b).build();
    }

    /** Opens CSV whose first non-empty line is the header; a leading byte-order mark is skipped. */
    public static CsvRows open(String source, Reader reader, boolean comments) throws DataFormatException {
        CSVParser parser;
        try {
            parser = CSVParser.parse(reader, format(comments));
        } catch (IOException e) {
            throw TextFiles.failure(source, e);
        }
        CsvRows rows = new CsvRows(source, null, parser, 0);
        String[] first = rows.record();
        if (first == null) {
            throw new DataFormatException(UntrustedText.quote(source) + ": the file is empty (a header row is needed)");
        }
        return new CsvRows(source, checkedHeader(source, first, rows.line), parser, 0).at(rows.line);
    }

    /**
     * Continues after a header line the caller has read itself (CmdStan files: the comments before the
     * header decide the format), numbering lines from {@code linesBefore + 1}.
     */
    public static CsvRows continueAfter(String source, List<String> header, Reader rest, boolean comments,
                                        long linesBefore) throws DataFormatException {
        try {
            return new CsvRows(source, header, CSVParser.parse(rest, format(comments)), linesBefore);
        } catch (IOException e) {
            throw TextFiles.failure(source, e);
        }
    }

    /** The column names of one header line (line number {@code line}, for messages). */
    public static List<String> header(String source, String headerLine, long line) throws DataFormatException {
        try (CsvRows rows = continueAfter(source, null, new StringReader(headerLine), false, line - 1)) {
            String[] cells = rows.record();
            if (cells == null) {
                throw new DataFormatException(UntrustedText.quote(source) + ": the file is empty (a header row is needed)");
            }
            return checkedHeader(source, cells, line);
        }
    }

    private CsvRows at(long current) {
        line = current;
        return this;
    }

    private static List<String> checkedHeader(String source, String[] cells, long line) throws DataFormatException {
        if (cells.length > 0 && cells[0].startsWith("\uFEFF")) {
            cells[0] = cells[0].substring(1).strip(); // a byte-order mark before a header read as a string
        }
        for (String c : cells) {
            if (c.isEmpty()) {
                throw new DataFormatException(UntrustedText.quote(source) + ", line " + line
                        + ": the header has an empty column name");
            }
        }
        return List.of(cells);
    }

    /** The column names in file order. */
    public List<String> header() {
        return header;
    }

    /** The line of the file that held the last row returned (1-based). */
    public long line() {
        return line;
    }

    /** The next data row, as many cells as the header has columns; null at the end. */
    public String[] next() throws DataFormatException {
        String[] cells = record();
        if (cells != null && cells.length != header.size()) {
            throw new DataFormatException(UntrustedText.quote(source) + ", line " + line + ": " + cells.length
                    + " cells, but the header has " + header.size() + " columns");
        }
        return cells;
    }

    private String[] record() throws DataFormatException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord rec = records.next();
            line = linesBefore + parser.getCurrentLineNumber();
            return rec.values();
        } catch (UncheckedIOException | IllegalStateException e) {
            IOException io = TextFiles.ioCause(e);
            if (io instanceof java.nio.charset.CharacterCodingException || io instanceof java.nio.file.FileSystemException) {
                throw TextFiles.failure(source, io);
            }
            String why = io != null && io.getMessage() != null ? io.getMessage() : String.valueOf(e.getMessage());
            throw new DataFormatException(UntrustedText.quote(source) + ": not valid CSV ("
                    + UntrustedText.quote(why) + ")", e);
        }
    }

    /** Closes the underlying reader. */
    @Override
    public void close() throws DataFormatException {
        try {
            parser.close();
        } catch (IOException e) {
            throw TextFiles.failure(source, e);
        }
    }
}
