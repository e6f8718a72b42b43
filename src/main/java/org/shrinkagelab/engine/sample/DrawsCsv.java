package org.shrinkagelab.engine.sample;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.shrinkagelab.data.AtomicFiles;
import org.shrinkagelab.data.CsvRows;
import org.shrinkagelab.data.DataFormatException;
import org.shrinkagelab.data.PlainNumber;
import org.shrinkagelab.data.TextFiles;
import org.shrinkagelab.data.UntrustedText;

/**
 * Draws as CSV. Writes {@code chain,draw,<parameters>,<statistics>} (1-based chain and draw numbers), which
 * the posterior R package and ArviZ read as a data frame. Reads that format (also posterior's
 * {@code .chain,.iteration,.draw} columns) and CmdStan output CSVs, one chain per file: comment lines are
 * skipped (only there: the chain,draw format has none), saved warm-up draws are dropped, columns ending in {@code __} become statistics and CmdStan's
 * {@code theta.1} is named {@code theta[1]}. Several files are several chains, in the order given.
 */
public final class DrawsCsv {
    private static final Pattern CMDSTAN_INDEXED = Pattern.compile("([^.]+)((?:\\.\\d+)+)");
    /** The deepest tree a file's {@code max_depth} may claim (as {@code diagnose --max-treedepth}). */
    static final int MAX_TREEDEPTH = 100;
    private static final Pattern SETTING = Pattern.compile("#\\s*(\\w+)\\s*=\\s*(\\S+).*");

    private DrawsCsv() {
    }

    /** The chains of one file, before they are joined with the other files' chains. */
    private record FileChains(String source, List<String> parameters, List<String> stats,
                              List<double[][]> chains, List<String> labels, List<Long> lastLines,
                              OptionalInt maxTreedepth, List<String> warnings) {
    }

    /**
     * Writes the draws to a file in {@code chain,draw,...} format, atomically: a full disk or a cancelled
     * write leaves the previous file (or none), never a truncated one.
     */
    public static void write(Draws draws, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            write(draws, w);
        });
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

    /**
     * Draws read from files, with what the files' comments say and the warnings to show.
     *
     * @param draws        the chains of every file, in the order given
     * @param maxTreedepth the first file's maximum tree depth ({@code max_depth}), if it says
     * @param warnings     one line each: a parameter with NaN or infinite draws, reported as not available
     */
    public record Loaded(Draws draws, OptionalInt maxTreedepth, List<String> warnings) {
    }

    /** Reads draws from one or more files (each in either format); every problem is a one-line message. */
    public static Draws read(List<Path> files) throws DataFormatException {
        return load(files).draws();
    }

    /**
     * Reads draws from one or more files, streaming each into primitive arrays (8 bytes a value). A file
     * too large for the memory Java may use is a one-line DataFormatException, not a crash.
     */
    public static Loaded load(List<Path> files) throws DataFormatException {
        List<FileChains> parts = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path f : files) {
            try (BufferedReader r = new BufferedReader(TextFiles.open(f), 1 << 16)) {
                parts.add(parseFile(f.toString(), r, warnings));
            } catch (IOException e) {
                throw TextFiles.failure(f.toString(), e);
            } catch (OutOfMemoryError e) {
                parts = null; // release what was read before building the message
                throw new DataFormatException(UntrustedText.quote(f.toString()) + ": too large for the memory Java "
                        + "may use (" + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB; each value takes 8 bytes); "
                        + "read fewer files or run with more memory, e.g. JAVA_TOOL_OPTIONS=-Xmx8g");
            }
        }
        return join(parts, warnings);
    }

    /** Reads draws from CSV text (tests, pasted data), naming it {@code source} in messages. */
    public static Draws parse(String source, String text) throws DataFormatException {
        return load(source, text).draws();
    }

    /** Reads draws and warnings from CSV text, naming it {@code source} in messages. */
    public static Loaded load(String source, String text) throws DataFormatException {
        List<String> warnings = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            return join(List.of(parseFile(source, r, warnings)), warnings);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringReader does not fail
        }
    }

    /** The comment lines before the header and the header itself. */
    private record Preamble(Map<String, String> settings, boolean comments, List<String> header, long headerLine) {
    }

    private static Preamble preamble(String source, BufferedReader in) throws IOException, DataFormatException {
        Map<String, String> settings = new LinkedHashMap<>();
        boolean comments = false;
        long lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (!s.startsWith("#")) {
                return new Preamble(settings, comments, CsvRows.header(source, line, lineNo), lineNo);
            }
            comments = true;
            Matcher m = SETTING.matcher(s);
            if (m.matches()) {
                settings.putIfAbsent(m.group(1), m.group(2));
            }
        }
        throw new DataFormatException(UntrustedText.quote(source) + ": the file is empty (a header row is needed)");
    }

    private static FileChains parseFile(String source, BufferedReader in, List<String> warnings)
            throws IOException, DataFormatException {
        Preamble p = preamble(source, in);
        List<String> header = p.header();
        Set<String> names = new HashSet<>(header);
        boolean posteriorStyle = names.contains(".chain");
        boolean drawsFormat = posteriorStyle || names.contains("chain") || names.contains("draw");
        if (drawsFormat && p.comments()) {
            throw new DataFormatException(UntrustedText.quote(source) + ": '#' comment lines before a chain,draw "
                    + "header; only CmdStan files have comments (in a chain,draw file such a line would be data)");
        }
        if (!drawsFormat && !p.comments() && header.stream().noneMatch(c -> c.endsWith("__"))) {
            throw new DataFormatException(UntrustedText.quote(source) + ": missing columns 'chain' and 'draw', and "
                    + "not a CmdStan CSV (no lp__ column); found: " + UntrustedText.list(header));
        }
        try (CsvRows rows = CsvRows.continueAfter(source, header, in, !drawsFormat, p.headerLine())) {
            FileChains chains = drawsFormat
                    ? drawsFormat(source, rows, posteriorStyle ? ".chain" : "chain", posteriorStyle ? ".iteration" : "draw")
                    : cmdStanFormat(source, rows, p.settings());
            warnings.addAll(chains.warnings());
            return chains;
        }
    }

    private static FileChains drawsFormat(String source, CsvRows rows, String chainColumn, String drawColumn)
            throws DataFormatException {
        List<String> header = rows.header();
        int chainCol = requiredColumn(source, header, chainColumn);
        int drawCol = requiredColumn(source, header, drawColumn);
        Columns cols = columns(source, header, List.of(chainColumn, drawColumn, ".draw"), false);
        RowReader reader = new RowReader(source, header, cols.parameters, cols.stats, cols.indices);
        Map<Integer, ChainBuffer> byChain = new HashMap<>();
        for (String[] cells = rows.next(); cells != null; cells = rows.next()) {
            int chain = positiveInteger(source, rows.line(), header, chainCol, cells[chainCol]);
            int draw = positiveInteger(source, rows.line(), header, drawCol, cells[drawCol]);
            ChainBuffer buffer = byChain.computeIfAbsent(chain, k -> new ChainBuffer(cols.indices.length));
            if (buffer.size() > 0 && draw <= buffer.lastDraw) {
                throw cellError(source, rows.line(), header, drawCol, "draw " + draw + " of chain " + chain
                        + " follows draw " + buffer.lastDraw + " (draws must increase within a chain)");
            }
            buffer.lastDraw = draw;
            buffer.lastLine = rows.line();
            buffer.add(reader.values(cells, rows.line()));
        }
        if (byChain.isEmpty()) {
            throw new DataFormatException(UntrustedText.quote(source) + ": no draws after the header");
        }
        List<double[][]> chains = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Long> lastLines = new ArrayList<>();
        for (Map.Entry<Integer, ChainBuffer> e : new TreeMap<>(byChain).entrySet()) {
            chains.add(e.getValue().columns());
            labels.add("chain " + e.getKey());
            lastLines.add(e.getValue().lastLine);
        }
        return new FileChains(source, cols.parameters, cols.stats, chains, labels, lastLines, OptionalInt.empty(),
                reader.warnings());
    }

    private static FileChains cmdStanFormat(String source, CsvRows rows, Map<String, String> settings)
            throws DataFormatException {
        Columns cols = columns(source, rows.header(), List.of(), true);
        String method = settings.getOrDefault("method", "sample");
        if (!method.equals("sample")) {
            throw new DataFormatException(UntrustedText.quote(source) + ": written by CmdStan's '"
                    + UntrustedText.quote(method) + "' method, not by 'sample': its rows are not MCMC draws");
        }
        int warmup = savedWarmup(source, settings);
        OptionalInt maxDepth = maxTreedepth(source, settings);
        RowReader reader = new RowReader(source, rows.header(), cols.parameters, cols.stats, cols.indices);
        ChainBuffer buffer = new ChainBuffer(cols.indices.length);
        int seen = 0;
        for (String[] cells = rows.next(); cells != null; cells = rows.next()) {
            if (seen++ < warmup) {
                continue;
            }
            buffer.add(reader.values(cells, rows.line()));
            buffer.lastLine = rows.line();
        }
        if (buffer.size() == 0) {
            throw new DataFormatException(UntrustedText.quote(source) + ": no draws after the " + warmup
                    + " saved warm-up draws");
        }
        return new FileChains(source, cols.parameters, cols.stats, List.<double[][]>of(buffer.columns()),
                List.of("the chain"), List.of(buffer.lastLine), maxDepth, reader.warnings());
    }

    /**
     * The maximum tree depth a Stan file's configuration comments give ({@code max_depth} in CmdStan,
     * {@code max_treedepth} in rstan), or empty if the file does not say; reads only the lines before the header.
     */
    public static OptionalInt maxTreedepth(Path file) throws DataFormatException {
        try (BufferedReader r = new BufferedReader(TextFiles.open(file))) {
            return maxTreedepth(file.toString(), preamble(file.toString(), r).settings());
        } catch (IOException e) {
            throw TextFiles.failure(file.toString(), e);
        }
    }

    private static OptionalInt maxTreedepth(String source, Map<String, String> settings) throws DataFormatException {
        String key = settings.containsKey("max_depth") ? "max_depth" : "max_treedepth";
        if (!settings.containsKey(key)) {
            return OptionalInt.empty();
        }
        String value = settings.get(key);
        try {
            long depth = PlainNumber.parseLong(value);
            if (depth >= 1 && depth <= MAX_TREEDEPTH) {
                return OptionalInt.of((int) depth);
            }
        } catch (NumberFormatException e) {
            // refused below with the same message
        }
        throw new DataFormatException(UntrustedText.quote(source) + ": the comment '" + key + " = "
                + UntrustedText.quote(value) + "' is not allowed: the maximum tree depth is a whole number from 1 to "
                + MAX_TREEDEPTH + " (give --max-treedepth to override)");
    }

    /** Number of warm-up rows saved before the draws (save_warmup on: ceil(num_warmup / thin)). */
    private static int savedWarmup(String source, Map<String, String> settings) throws DataFormatException {
        String save = settings.getOrDefault("save_warmup", "0");
        if (!save.equals("1") && !save.equalsIgnoreCase("true")) {
            return 0;
        }
        // CmdStan names it num_warmup, rstan's sample_file warmup
        String warmupKey = settings.containsKey("num_warmup") ? "num_warmup" : "warmup";
        int numWarmup = warmupSetting(source, warmupKey, settings.getOrDefault(warmupKey, "0"), 0);
        int thin = warmupSetting(source, "thin", settings.getOrDefault("thin", "1"), 1);
        return (int) ((numWarmup + (long) thin - 1) / thin);
    }

    private static int warmupSetting(String source, String name, String setting, int min) throws DataFormatException {
        try {
            long v = PlainNumber.parseLong(setting);
            if (v >= min && v <= Integer.MAX_VALUE) {
                return (int) v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new DataFormatException(UntrustedText.quote(source) + ": the comment '" + name + " = "
                + UntrustedText.quote(setting) + "' is not a whole number of at least " + min
                + ", so the saved warm-up draws cannot be told apart");
    }

    private record Columns(List<String> parameters, List<String> stats, int[] indices) {
    }

    private static int requiredColumn(String source, List<String> header, String name) throws DataFormatException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new DataFormatException(UntrustedText.quote(source) + ": missing column '" + name + "'; found: "
                    + UntrustedText.list(header));
        }
        return i;
    }

    /**
     * Parameters (in file order) then statistics (names ending in __), leaving out the reserved columns.
     * Any name given twice, reserved ones included, is refused naming both positions (linear time).
     */
    private static Columns columns(String source, List<String> header, List<String> reserved, boolean cmdStanNames)
            throws DataFormatException {
        List<String> parameters = new ArrayList<>();
        List<String> stats = new ArrayList<>();
        List<Integer> paramIdx = new ArrayList<>();
        List<Integer> statIdx = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>(header.size() * 2);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            String shown = reserved.contains(name) || name.endsWith("__") || !cmdStanNames ? name : stanName(name);
            Integer before = seen.putIfAbsent(shown, i);
            if (before != null) {
                throw new DataFormatException(UntrustedText.quote(source) + ": the column '" + UntrustedText.quote(shown)
                        + "' appears twice (columns " + (before + 1) + " and " + (i + 1) + ")");
            }
            if (reserved.contains(name)) {
                continue;
            }
            if (name.endsWith("__")) {
                stats.add(name);
                statIdx.add(i);
            } else {
                parameters.add(shown);
                paramIdx.add(i);
            }
        }
        if (parameters.isEmpty()) {
            throw new DataFormatException(UntrustedText.quote(source) + ": no parameter columns; found: "
                    + UntrustedText.list(header));
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

    private static int positiveInteger(String source, long line, List<String> header, int column, String cell)
            throws DataFormatException {
        double v;
        try {
            v = PlainNumber.parseDouble(cell);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (v != Math.rint(v) || v < 1 || v > Integer.MAX_VALUE) {
            throw cellError(source, line, header, column, "'" + UntrustedText.quote(cell)
                    + "' is not a positive whole number");
        }
        return (int) v;
    }

    static DataFormatException cellError(String source, long line, List<String> header, int column, String what) {
        return new DataFormatException(UntrustedText.quote(source) + ", line " + line + ", column '"
                + UntrustedText.quote(header.get(column)) + "': " + what);
    }

    /** Joins the files' chains, checking that all have the same columns and the same number of draws (at least 2). */
    private static Loaded join(List<FileChains> parts, List<String> warnings) throws DataFormatException {
        if (parts.isEmpty()) {
            throw new DataFormatException("no draws files given");
        }
        FileChains first = parts.get(0);
        int length = first.chains().get(0)[0].length;
        List<double[][]> chains = new ArrayList<>();
        for (FileChains p : parts) {
            if (!p.parameters().equals(first.parameters()) || !p.stats().equals(first.stats())) {
                throw new DataFormatException(UntrustedText.quote(p.source()) + ": its columns " + describe(p)
                        + " differ from those of " + UntrustedText.quote(first.source()) + " " + describe(first));
            }
            for (int c = 0; c < p.chains().size(); c++) {
                int n = p.chains().get(c)[0].length;
                String where = UntrustedText.quote(p.source()) + ", line " + p.lastLines().get(c) + ": ";
                String which = p.labels().get(c);
                if (n < 2) {
                    throw new DataFormatException(where + which + " has a single draw; diagnostics need at least 2");
                }
                if (n != length) {
                    throw new DataFormatException(where + which + " ends after " + n + " draws, but the first chain of "
                            + UntrustedText.quote(first.source()) + " has " + length + " (chains must have the same length)");
                }
                chains.add(p.chains().get(c));
            }
        }
        return new Loaded(new Draws(first.parameters(), first.stats(), chains.toArray(new double[0][][]), true),
                first.maxTreedepth(), List.copyOf(warnings));
    }

    private static String describe(FileChains p) {
        List<String> all = new ArrayList<>(p.parameters());
        all.addAll(p.stats());
        return "(" + UntrustedText.list(all) + ")";
    }
}
