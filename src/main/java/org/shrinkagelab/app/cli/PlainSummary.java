package org.shrinkagelab.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.shrinkagelab.app.TabCatalog;

/**
 * {@code summary PROBLEM [--name value ...] [--format json|table]} recognised without picocli. Only arguments whose
 * meaning under picocli is beyond doubt are taken: a known problem id first, then problem options and plain values;
 * anything else (help, version, --settings, --data, {@code --name=value}, {@code @file}, {@code --}, short options,
 * a repeated or unknown format) goes to picocli, which parses and reports it as it always has.
 *
 * @param problemId the problem id
 * @param words     the problem's option words, in order
 * @param format    the output format
 */
record PlainSummary(String problemId, List<String> words, OutputFormat format) {
    /** Summary's own option names besides --format (PlainSummaryTest keeps this in step with its picocli model). */
    static final Set<String> SUMMARY_OPTIONS = Set.of("-h", "--help", "-V", "--version", "--settings", "--data");

    /** The plain summary these arguments ask for, or null when picocli must parse them. */
    static PlainSummary of(String... args) {
        if (args.length < 2 || !args[0].equals(SummaryCommand.NAME) || !TabCatalog.has(args[1])) {
            return null;
        }
        List<String> words = new ArrayList<>();
        OutputFormat format = null;
        for (int i = 2; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--format")) {
                if (format != null || i + 1 == args.length) {
                    return null;
                }
                format = switch (args[++i]) {
                    case "json" -> OutputFormat.json;
                    case "table" -> OutputFormat.table;
                    default -> null;
                };
                if (format == null) {
                    return null;
                }
            } else if (plainWord(a)) {
                words.add(a);
            } else {
                return null;
            }
        }
        return new PlainSummary(args[1], List.copyOf(words), format == null ? OutputFormat.table : format);
    }

    /** Runs the summary as picocli would have run it, failures included. */
    int run(PrintWriter out, PrintWriter err) {
        try {
            return SummaryCommand.run(problemId, words, format, null, null, out, err);
        } catch (Exception e) {
            return Cli.failed(e, err);
        }
    }

    /**
     * A word picocli would pass to summary unchanged: a problem option ({@code --mu0}), or a value that is not an
     * option, an argument file or the end-of-options marker (negative numbers included).
     */
    private static boolean plainWord(String a) {
        if (a.isEmpty() || a.startsWith("@") || SUMMARY_OPTIONS.contains(a) || a.startsWith("--format")) {
            return false;
        }
        if (a.startsWith("--")) {
            return a.length() > 2 && Character.isLetter(a.charAt(2)) && a.indexOf('=') < 0;
        }
        if (a.startsWith("-")) {
            return a.length() > 1 && (Character.isDigit(a.charAt(1)) || a.charAt(1) == '.') && a.indexOf('=') < 0;
        }
        return true;
    }
}
