package org.shrinkagelab.app.cli;

import com.google.gson.GsonBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shrinkagelab.data.DataFormatException;
import org.shrinkagelab.engine.diag.Loo;
import org.shrinkagelab.engine.diag.LooResult;
import org.shrinkagelab.engine.diag.PointwiseLoo;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.engine.sample.DrawsCsv;
import org.shrinkagelab.problems.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code loo FILE... [--format json|table]}: PSIS-LOO of pointwise log-likelihood draws, as the loo R package. */
@Command(name = "loo", mixinStandardHelpOptions = true,
        description = {"Approximate leave-one-out cross-validation by Pareto-smoothed importance sampling, as the loo "
                + "R package 2.x: elpd_loo, p_loo, looic with standard errors, and per observation its elpd and "
                + "Pareto k (relative efficiencies from the chains, as loo::relative_eff).",
            "FILE is a CSV with chain,draw and log_lik[1..N] columns, or CmdStan output CSVs (one per chain) "
                + "whose model writes log_lik in generated quantities."})
final class LooCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "draws CSV files")
    List<Path> files;

    @Option(names = "--format", defaultValue = "table", description = "json or table (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() {
        Draws draws;
        try {
            draws = DrawsCsv.read(files);
        } catch (DataFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (Loo.logLikColumns(draws.parameters()).isEmpty()) {
            String where = files.size() == 1 ? files.get(0).toString() : String.join(", ", files.stream().map(Path::toString).toList());
            throw new IllegalArgumentException(where + ": no log_lik[1..N] columns (the pointwise "
                    + "log-likelihoods a Stan model writes in generated quantities); found: "
                    + String.join(", ", draws.parameters()));
        }
        LooResult loo = Loo.of(draws);
        if (format == OutputFormat.json) {
            spec.commandLine().getOut().println(new GsonBuilder().setPrettyPrinting().serializeNulls().create()
                    .toJson(Summary.toJsonTree(json(loo, draws.chains()))));
        } else {
            spec.commandLine().getOut().print(table(loo, draws.chains()));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private static Map<String, Object> json(LooResult loo, int chains) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("elpd_loo", loo.elpdLoo());
        root.put("se_elpd_loo", loo.seElpdLoo());
        root.put("p_loo", loo.pLoo());
        root.put("se_p_loo", loo.sePLoo());
        root.put("looic", loo.looic());
        root.put("se_looic", loo.seLooic());
        root.put("mcse_elpd_loo", loo.mcseElpdLoo());
        root.put("draws", loo.draws());
        root.put("chains", chains);
        root.put("observations", loo.observations());
        root.put("k_threshold", loo.kThreshold());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PointwiseLoo p : loo.pointwise()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", p.name());
            row.put("elpd_loo", p.elpdLoo());
            row.put("mcse_elpd_loo", p.mcseElpdLoo());
            row.put("p_loo", p.pLoo());
            row.put("pareto_k", p.paretoK());
            row.put("n_eff", p.nEff());
            row.put("r_eff", p.rEff());
            rows.add(row);
        }
        root.put("pointwise", rows);
        root.put("warning", loo.warning());
        return root;
    }

    private static String table(LooResult loo, int chains) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Computed from %d by %d log-likelihood matrix (%d chains)%n%n", loo.draws(), loo.observations(), chains));
        sb.append(String.format(Locale.ROOT, "%-10s %10s %8s%n", "", "estimate", "se"));
        sb.append(String.format(Locale.ROOT, "%-10s %10.2f %8.2f%n", "elpd_loo", loo.elpdLoo(), loo.seElpdLoo()));
        sb.append(String.format(Locale.ROOT, "%-10s %10.2f %8.2f%n", "p_loo", loo.pLoo(), loo.sePLoo()));
        sb.append(String.format(Locale.ROOT, "%-10s %10.2f %8.2f%n", "looic", loo.looic(), loo.seLooic()));
        sb.append(Double.isNaN(loo.mcseElpdLoo()) ? "Monte Carlo SE of elpd_loo: NA (some Pareto k above 0.7)\n"
                : String.format(Locale.ROOT, "Monte Carlo SE of elpd_loo: %.3f%n", loo.mcseElpdLoo()));
        double t = loo.kThreshold();
        int above1 = loo.countKAbove(1);
        int aboveT = loo.countKAbove(t);
        int above05 = loo.countKAbove(LooResult.K_GOOD);
        int n = loo.observations();
        sb.append(String.format(Locale.ROOT, "%nPareto k diagnostic values (threshold %.2f):%n", t));
        sb.append(band("(-Inf, 0.5]", "good", n - above05, n));
        sb.append(band(String.format(Locale.ROOT, "(0.5, %.2f]", t), "ok", above05 - aboveT, n));
        sb.append(band(String.format(Locale.ROOT, "(%.2f, 1]", t), "bad", aboveT - above1, n));
        sb.append(band("(1, Inf)", "very bad", above1, n));
        sb.append(String.format(Locale.ROOT, "%n%-16s %10s %10s%n", "observation", "elpd_loo", "pareto_k"));
        for (PointwiseLoo p : loo.pointwise()) {
            sb.append(String.format(Locale.ROOT, "%-16s %10.3f %10.3f%n", p.name(), p.elpdLoo(), p.paretoK()));
        }
        if (loo.warning() != null) {
            sb.append("\nwarning: ").append(loo.warning()).append('\n');
        }
        return sb.toString();
    }

    private static String band(String range, String label, int count, int n) {
        return String.format(Locale.ROOT, "  %-13s %-9s %5d %6.1f%%%n", range, label, count, 100.0 * count / n);
    }
}
