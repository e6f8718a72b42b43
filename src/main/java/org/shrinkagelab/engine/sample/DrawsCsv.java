package org.shrinkagelab.engine.sample;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.shrinkagelab.data.CsvTable;
import org.shrinkagelab.data.DataFormatException;

/**
 * Draws as CSV. Writes {@code chain,draw,<parameters>,<statistics>} (1-based chain and draw numbers), which
 * the posterior R package and ArviZ read as a data frame. Reads that format (also posterior's
 * {@code .chain,.iteration,.draw} columns) and CmdStan output CSVs, one chain per file: comment lines are
 * skipped, saved warm-up draws are dropped, columns ending in {@code __} become statistics and CmdStan's
 * {@code theta.1} is named {@code theta[1]}. Several files are several chains, in the order given.
 */
public final class DrawsCsv {
    private static final Pattern CMDSTAN_INDEXED = Pattern.compile("([^.]+)((?:\\.\\d+)+)");
    private static final Pattern SETTING = Pattern.compile("#\\s*(\\w+)\\s*=\\s*(\\S+).*");

    private DrawsCsv() {
    }

    /** The chains of one file, before they are joined with the other files' chains. */
    private record FileChains(String source, List<String> parameters, List<String> stats,
                              List<double[][]> chains, List<String> labels, List<Long> lastLines) {
    }

    /** Writes the draws to a file in {@code chain,draw,...} format. */
    public static void write(Draws draws, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(draws, w);
        }
    }

    /** Writes the draws in {@code chain,draw,...} format; numbers are written exactly (shortest round-trip form). */
    public static void write(Draws draws, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build());
        List<String> header = new ArrayList<>(List.of("chain", "draw"));
        header.addAll(draws.columns());
        printer.printRecord(header);
        double[][][] values = draws.values();
        List<String> row = new ArrayList<>(header.size());
        for (int c = 0; c < draws.chains(); c++) {
            for (int i = 0; i < draws.draws(c); i++) {
                row.clear();
                row.add(Integer.toString(c + 1));
                row.add(Integer.toString(i + 1));
                for (double[] column : values[c]) {
                    row.add(number(column[i]));
                }
                printer.printRecord(row);
            }
        }
        printer.flush();
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return Double.toString(v);
    }

    /** Reads draws from one or more files (each in either format); every problem is a one-line message. */
    public static Draws read(List<Path> files) throws DataFormatException {
        List<FileChains> parts = new ArrayList<>();
        for (Path f : files) {
            parts.add(parseFile(f.toString(), readText(f)));
        }
        return join(parts);
    }

    /** Reads draws from CSV text (tests, pasted data), naming it {@code source} in messages. */
    public static Draws parse(String source, String text) throws DataFormatException {
        return join(List.of(parseFile(source, text)));
    }

    private static String readText(Path f) throws DataFormatException {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DataFormatException(f + ": no such file");
        } catch (MalformedInputException e) {
            throw new DataFormatException(f + ": not a text file (not UTF-8)");
        } catch (IOException e) {
            throw new DataFormatException(f + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static FileChains parseFile(String source, String text) throws DataFormatException {
        CsvTable table = CsvTable.parse(source, text);
        boolean posteriorStyle = table.has(".chain");
        if (posteriorStyle || table.has("chain") || table.has("draw")) {
            return drawsFormat(table, posteriorStyle ? ".chain" : "chain", posteriorStyle ? ".iteration" : "draw");
        }
        if (table.columns().stream().anyMatch(c -> c.endsWith("__"))) {
            return cmdStanFormat(table, text);
        }
        throw new DataFormatException(source + ": missing columns 'chain' and 'draw', and not a CmdStan CSV "
                + "(no lp__ column); found: " + String.join(", ", table.columns()));
    }

    private static FileChains drawsFormat(CsvTable t, String chainColumn, String drawColumn)
            throws DataFormatException {
        int chainCol = t.column(chainColumn);
        int drawCol = t.column(drawColumn);
        List<String> reserved = List.of(chainColumn, drawColumn, ".draw");
        Columns cols = columns(t, reserved, false);
        Map<Integer, List<Integer>> rowsByChain = new LinkedHashMap<>();
        Map<Integer, Integer> lastDraw = new LinkedHashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            int chain = positiveInteger(t, r, chainCol);
            int draw = positiveInteger(t, r, drawCol);
            Integer previous = lastDraw.put(chain, draw);
            if (previous != null && draw <= previous) {
                throw t.cellError(r, drawCol, "draw " + draw + " of chain " + chain + " follows draw " + previous
                        + " (draws must increase within a chain)");
            }
            rowsByChain.computeIfAbsent(chain, k -> new ArrayList<>()).add(r);
        }
        if (rowsByChain.isEmpty()) {
            throw new DataFormatException(t.source() + ": no draws after the header");
        }
        List<double[][]> chains = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Long> lastLines = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : new TreeMap<>(rowsByChain).entrySet()) {
            chains.add(values(t, cols.indices, e.getValue()));
            labels.add("chain " + e.getKey());
            lastLines.add(t.line(e.getValue().get(e.getValue().size() - 1)));
        }
        return new FileChains(t.source(), cols.parameters, cols.stats, chains, labels, lastLines);
    }

    private static FileChains cmdStanFormat(CsvTable t, String text) throws DataFormatException {
        Columns cols = columns(t, List.of(), true);
        Map<String, String> settings = configuration(text);
        String method = settings.getOrDefault("method", "sample");
        if (!method.equals("sample")) {
            throw new DataFormatException(t.source() + ": written by CmdStan's '" + method
                    + "' method, not by 'sample': its rows are not MCMC draws");
        }
        int warmup = savedWarmup(t.source(), settings);
        if (t.rowCount() <= warmup) {
            throw new DataFormatException(t.source() + ": no draws after the " + warmup + " saved warm-up draws");
        }
        List<Integer> rows = new ArrayList<>();
        for (int r = warmup; r < t.rowCount(); r++) {
            rows.add(r);
        }
        return new FileChains(t.source(), cols.parameters, cols.stats,
                List.<double[][]>of(values(t, cols.indices, rows)), List.of("the chain"),
                List.of(t.line(t.rowCount() - 1)));
    }

    /**
     * The maximum tree depth a Stan file's configuration comments give ({@code max_depth} in CmdStan,
     * {@code max_treedepth} in rstan), or empty if the file does not say.
     */
    public static OptionalInt maxTreedepth(Path file) throws DataFormatException {
        Map<String, String> settings = configuration(readText(file));
        String key = settings.containsKey("max_depth") ? "max_depth" : "max_treedepth";
        if (!settings.containsKey(key)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(integer(file.toString(), key, settings.get(key)));
    }

    /** The {@code # name = value} comments before the header (CmdStan's and rstan's run configuration). */
    private static Map<String, String> configuration(String text) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            String s = line.strip();
            if (!s.startsWith("#")) {
                break; // the configuration block ends at the header
            }
            Matcher m = SETTING.matcher(s);
            if (m.matches()) {
                settings.putIfAbsent(m.group(1), m.group(2));
            }
        }
        return settings;
    }

    /** Number of warm-up rows saved before the draws (save_warmup on: ceil(num_warmup / thin)). */
    private static int savedWarmup(String source, Map<String, String> settings) throws DataFormatException {
        String save = settings.getOrDefault("save_warmup", "0");
        if (!save.equals("1") && !save.equalsIgnoreCase("true")) {
            return 0;
        }
        // CmdStan names it num_warmup, rstan's sample_file warmup
        String warmupKey = settings.containsKey("num_warmup") ? "num_warmup" : "warmup";
        int numWarmup = integer(source, warmupKey, settings.getOrDefault(warmupKey, "0"));
        int thin = Math.max(1, integer(source, "thin", settings.getOrDefault("thin", "1")));
        return (numWarmup + thin - 1) / thin;
    }

    private static int integer(String source, String name, String setting) throws DataFormatException {
        try {
            return Math.max(0, Integer.parseInt(setting));
        } catch (NumberFormatException e) {
            throw new DataFormatException(source + ": the comment '" + name + " = " + setting
                    + "' is not a whole number, so the saved warm-up draws cannot be told apart");
        }
    }

    private record Columns(List<String> parameters, List<String> stats, int[] indices) {
    }

    /** Parameters (in file order) then statistics (names ending in __), leaving out the reserved columns. */
    private static Columns columns(CsvTable t, List<String> reserved, boolean cmdStanNames) throws DataFormatException {
        List<String> parameters = new ArrayList<>();
        List<String> stats = new ArrayList<>();
        List<Integer> paramIdx = new ArrayList<>();
        List<Integer> statIdx = new ArrayList<>();
        List<String> header = t.columns();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (reserved.contains(name)) {
                continue;
            }
            if (name.endsWith("__")) {
                stats.add(name);
                statIdx.add(i);
            } else {
                parameters.add(cmdStanNames ? stanName(name) : name);
                paramIdx.add(i);
            }
        }
        List<String> all = new ArrayList<>(parameters);
        all.addAll(stats);
        for (int i = 0; i < all.size(); i++) {
            if (all.indexOf(all.get(i)) != i) {
                throw new DataFormatException(t.source() + ": the column '" + all.get(i) + "' appears twice");
            }
        }
        if (parameters.isEmpty()) {
            throw new DataFormatException(t.source() + ": no parameter columns; found: " + String.join(", ", header));
        }
        int[] indices = new int[parameters.size() + stats.size()];
        for (int k = 0; k < paramIdx.size(); k++) {
            indices[k] = paramIdx.get(k);
        }
        for (int k = 0; k < statIdx.size(); k++) {
            indices[paramIdx.size() + k] = statIdx.get(k);
        }
        return new Columns(parameters, stats, indices);
    }

    /** CmdStan's {@code theta.1.2} as Stan writes it elsewhere: {@code theta[1,2]}. */
    static String stanName(String cmdStanName) {
        Matcher m = CMDSTAN_INDEXED.matcher(cmdStanName);
        if (!m.matches()) {
            return cmdStanName;
        }
        return m.group(1) + "[" + m.group(2).substring(1).replace('.', ',') + "]";
    }

    private static double[][] values(CsvTable t, int[] columns, List<Integer> rows) throws DataFormatException {
        double[][] out = new double[columns.length][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 0; k < columns.length; k++) {
                out[k][i] = t.number(rows.get(i), columns[k]);
            }
        }
        return out;
    }

    private static int positiveInteger(CsvTable t, int row, int column) throws DataFormatException {
        double v = t.number(row, column);
        if (v != Math.rint(v) || v < 1 || v > Integer.MAX_VALUE) {
            throw t.cellError(row, column, "'" + t.text(row, column) + "' is not a positive whole number");
        }
        return (int) v;
    }

    /** Joins the files' chains, checking that all have the same columns and the same number of draws (at least 2). */
    private static Draws join(List<FileChains> parts) throws DataFormatException {
        if (parts.isEmpty()) {
            throw new DataFormatException("no draws files given");
        }
        FileChains first = parts.get(0);
        int length = first.chains().get(0)[0].length;
        List<double[][]> chains = new ArrayList<>();
        for (FileChains p : parts) {
            if (!p.parameters().equals(first.parameters()) || !p.stats().equals(first.stats())) {
                throw new DataFormatException(p.source() + ": its columns " + describe(p) + " differ from those of "
                        + first.source() + " " + describe(first));
            }
            for (int c = 0; c < p.chains().size(); c++) {
                int n = p.chains().get(c)[0].length;
                String where = p.source() + ", line " + p.lastLines().get(c) + ": ";
                String which = p.labels().get(c);
                if (n < 2) {
                    throw new DataFormatException(where + which + " has a single draw; diagnostics need at least 2");
                }
                if (n != length) {
                    throw new DataFormatException(where + which + " ends after " + n + " draws, but the first chain of "
                            + first.source() + " has " + length + " (chains must have the same length)");
                }
                chains.add(p.chains().get(c));
            }
        }
        return new Draws(first.parameters(), first.stats(), chains.toArray(new double[0][][]), true);
    }

    private static String describe(FileChains p) {
        List<String> all = new ArrayList<>(p.parameters());
        all.addAll(p.stats());
        return "(" + String.join(", ", all) + ")";
    }
}
