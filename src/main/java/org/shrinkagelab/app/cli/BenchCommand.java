package org.shrinkagelab.app.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.problems.BenchmarkCase;
import org.shrinkagelab.problems.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench [PROBLEM]}: median and p95 time of each tab's recomputation after JIT warm-up. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Times each tab's full recomputation: median and p95 over repeated runs after warm-up.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROBLEM", description = "only this problem")
    String problem;

    @Parameters(index = "1..*", paramLabel = "OPTION", description = "--name value pairs of the problem")
    List<String> options = new java.util.ArrayList<>();

    @Option(names = "--runs", defaultValue = "21", description = "timed runs per case (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup-seconds", defaultValue = "2",
            description = "minimum warm-up time per case, 0 to 600, at least 3 runs (default: ${DEFAULT-VALUE})")
    double warmupSeconds;

    @Option(names = "--format", defaultValue = "table", description = "json or table (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    /** The measured figures of one case. */
    record Result(String problem, String name, int runs, double medianMs, double p95Ms, Map<String, Double> ess) {
    }

    @Override
    public Integer call() {
        if (runs < 1 || runs > 10_000) {
            throw new IllegalArgumentException("--runs " + runs + " is not allowed: expected 1 to 10000");
        }
        if (!(warmupSeconds >= 0 && warmupSeconds <= 600)) {
            throw new IllegalArgumentException("--warmup-seconds " + warmupSeconds
                    + " is not allowed: expected a number from 0 to 600");
        }
        boolean diagnostics = problem == null || DiagnosticsBenchmarks.ID.equals(problem);
        List<BenchmarkSuites.Suite> problems = problem == null ? BenchmarkSuites.all()
                : diagnostics ? List.of()
                : List.of(options.isEmpty() ? BenchmarkSuites.byId(problem) : BenchmarkSuites.byId(problem, options));
        JsonArray all = new JsonArray();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-22s %-12s %5s %11s %11s  %s%n",
                "problem", "case", "runs", "median ms", "p95 ms", "ess/s"));
        for (BenchmarkSuites.Suite p : problems) {
            for (BenchmarkCase c : p.cases()) {
                report(measure(p.id(), c), all, table);
            }
        }
        if (diagnostics) {
            for (BenchmarkCase c : DiagnosticsBenchmarks.cases()) {
                report(measure(DiagnosticsBenchmarks.ID, c), all, table);
            }
        }
        if (format == OutputFormat.json) {
            JsonObject root = new JsonObject();
            root.add("benchmarks", all);
            spec.commandLine().getOut().println(new GsonBuilder().setPrettyPrinting().create().toJson(root));
        } else {
            spec.commandLine().getOut().print(table);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private static void report(Result r, JsonArray all, StringBuilder table) {
        JsonObject o = new JsonObject();
        o.addProperty("problem", r.problem());
        o.addProperty("name", r.name());
        o.addProperty("runs", r.runs());
        o.addProperty("median_ms", r.medianMs());
        o.addProperty("p95_ms", r.p95Ms());
        Map<String, Double> ess = figures(r.ess(), false);
        if (!ess.isEmpty()) {
            o.add("ess_per_second", Summary.toJsonTree(ess));
        }
        figures(r.ess(), true).forEach(o::addProperty);
        all.add(o);
        table.append(String.format(Locale.ROOT, "%-22s %-12s %5d %11.3f %11.3f  %s%n", r.problem(),
                r.name(), r.runs(), r.medianMs(), r.p95Ms(), r.ess().isEmpty() ? "" : r.ess()));
    }

    private Result measure(String id, BenchmarkCase c) {
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        int warm = 0;
        while (warm < 3 || System.nanoTime() < warmupEnd) {
            c.run().apply(JobContext.none());
            warm++;
        }
        double[] ms = new double[runs];
        Map<String, Double> ess = Map.of();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Map<String, Double> e = c.run().apply(JobContext.none());
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (i == runs / 2) {
                ess = e;
            }
        }
        Arrays.sort(ms);
        return new Result(id, c.name(), runs, quantile(ms, 0.5), quantile(ms, 0.95), ess);
    }

    /** The figures of a case's result (keys with {@link BenchmarkCase#FIGURE}, the prefix cut), or its ESS per second. */
    private static Map<String, Double> figures(Map<String, Double> result, boolean figures) {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        result.forEach((k, v) -> {
            if (k.startsWith(BenchmarkCase.FIGURE) == figures) {
                out.put(figures ? k.substring(BenchmarkCase.FIGURE.length()) : k, v);
            }
        });
        return out;
    }

    /** Type-7 quantile of sorted values. */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
