package org.shrinkagelab.app.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.shrinkagelab.data.DataFormatException;
import org.shrinkagelab.data.LightCurve;
import org.shrinkagelab.data.LightCurveCsv;
import org.shrinkagelab.engine.BlockingRun;
import org.shrinkagelab.stats.FalseAlarmMethod;
import org.shrinkagelab.stats.FrequencyGrid;
import org.shrinkagelab.stats.LombScargle;
import org.shrinkagelab.stats.PeriodogramAnalysis;
import org.shrinkagelab.stats.PeriodogramNormalization;
import org.shrinkagelab.stats.PeriodogramPeak;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code periodogram FILE ...}: the generalized Lomb-Scargle periodogram of a light curve, as astropy's. */
@Command(name = "periodogram", mixinStandardHelpOptions = true,
        description = {"The generalized Lomb-Scargle periodogram (floating mean, weights 1/dy^2) exactly as "
                + "astropy's LombScargle, its highest peaks with alias labels and false-alarm probabilities.",
            "FILE has columns t,y[,dy], or object,time,flux,flux_err with --object. Times are in days."})
final class PeriodogramCommand implements Callable<Integer> {

    /** How the result is printed. */
    enum Format { json, table, csv }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the light curve CSV")
    Path file;

    @Option(names = "--object", paramLabel = "NAME", description = "the object of an object,time,flux,flux_err file")
    String object;

    @Option(names = "--fmin", description = "lowest frequency per day (default: half the automatic grid step)")
    Double fmin;

    @Option(names = "--fmax", description = "highest frequency per day (default: nyquist factor x average Nyquist)")
    Double fmax;

    @Option(names = "--n", description = "this many frequencies from fmin to fmax inclusive (numpy linspace)")
    Integer n;

    @Option(names = "--samples-per-peak", description = "automatic grid: samples across a peak (default: 5)")
    Double samplesPerPeak;

    @Option(names = "--nyquist-factor", description = "automatic grid: multiple of the average Nyquist frequency (default: 5)")
    Double nyquistFactor;

    @Option(names = "--normalization", defaultValue = "standard",
            description = "standard, model, log or psd (default: ${DEFAULT-VALUE})")
    String normalization;

    @Option(names = "--fap-method", defaultValue = "baluev",
            description = "baluev, davies, naive or bootstrap (default: ${DEFAULT-VALUE})")
    String fapMethod;

    @Option(names = "--top", defaultValue = "5", description = "peaks to list (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--bootstraps", defaultValue = "1000", description = "bootstrap resamples (default: ${DEFAULT-VALUE})")
    int bootstraps;

    @Option(names = "--seed", defaultValue = "1", description = "bootstrap seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--format", defaultValue = "table", description = "json, table or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        PeriodogramNormalization norm = PeriodogramNormalization.parse(normalization);
        FalseAlarmMethod method = FalseAlarmMethod.parse(fapMethod);
        check(top >= 1 && top <= 1000, "--top " + top + " is not allowed: expected 1 to 1000");
        check(bootstraps >= 10 && bootstraps <= 1_000_000, "--bootstraps " + bootstraps
                + " is not allowed: expected 10 to 1000000");
        check(n == null || (samplesPerPeak == null && nyquistFactor == null),
                "--n sets the grid; it cannot be combined with --samples-per-peak or --nyquist-factor");
        check(n == null || (n >= 2 && n <= 10_000_000), "--n " + n + " is not allowed: expected 2 to 10000000");
        positive("--fmin", fmin, true);
        positive("--fmax", fmax, false);
        positive("--samples-per-peak", samplesPerPeak, false);
        positive("--nyquist-factor", nyquistFactor, false);
        LightCurve curve;
        try {
            curve = LightCurveCsv.read(file, object);
        } catch (DataFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        LombScargle ls = new LombScargle(curve.time(), curve.flux(), curve.fluxError());
        double spp = samplesPerPeak == null ? 5 : samplesPerPeak;
        double nyq = nyquistFactor == null ? 5 : nyquistFactor;
        FrequencyGrid auto = FrequencyGrid.auto(curve.time(), spp, nyq, fmin == null ? Double.NaN : fmin,
                fmax == null ? Double.NaN : fmax);
        FrequencyGrid grid = n == null ? auto
                : FrequencyGrid.linspace(fmin == null ? auto.start() : fmin, fmax == null ? auto.last() : fmax, n);
        check(grid.size() <= 10_000_000, "the grid would have " + grid.size()
                + " frequencies; at most 10000000 (raise --fmin, lower --fmax or --samples-per-peak)");
        // astropy's analytic psd false-alarm probabilities assume chi2 units, which need dy
        check(method == FalseAlarmMethod.BOOTSTRAP || norm != PeriodogramNormalization.PSD || curve.fluxError() != null,
                "--normalization psd needs uncertainties (a dy column) for its analytic false-alarm "
                        + "probabilities; use --fap-method bootstrap or another normalization");
        PeriodogramAnalysis.Options options = new PeriodogramAnalysis.Options(norm, method, top, bootstraps, seed);
        PeriodogramAnalysis result = BlockingRun.onAllCores("periodogram",
                ctx -> PeriodogramAnalysis.of(ls, grid, options, ctx));
        switch (format) {
            case json -> spec.commandLine().getOut().println(new GsonBuilder().setPrettyPrinting().serializeNulls()
                    .create().toJson(json(result, curve, grid, norm, method)));
            case csv -> spec.commandLine().getOut().print(csv(result));
            case table -> spec.commandLine().getOut().print(table(result, curve, grid, norm, method));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private JsonObject json(PeriodogramAnalysis r, LightCurve curve, FrequencyGrid grid,
                            PeriodogramNormalization norm, FalseAlarmMethod method) {
        JsonObject root = new JsonObject();
        JsonArray f = new JsonArray();
        JsonArray p = new JsonArray();
        for (int j = 0; j < r.frequency().length; j++) {
            f.add(r.frequency()[j]);
            p.add(r.power()[j]);
        }
        root.add("frequency", f);
        root.add("power", p);
        root.addProperty("best_frequency", r.best().frequency());
        root.addProperty("best_power", r.best().power());
        root.addProperty("fap", r.best().falseAlarmProbability());
        JsonArray peaks = new JsonArray();
        for (PeriodogramPeak k : r.peaks()) {
            JsonObject o = new JsonObject();
            o.addProperty("frequency", k.frequency());
            o.addProperty("power", k.power());
            o.addProperty("fap", k.falseAlarmProbability());
            if (k.alias() == null) {
                o.add("alias_of", JsonNull.INSTANCE);
            } else {
                o.addProperty("alias_of", k.aliasOf());
            }
            o.addProperty("alias", k.alias());
            peaks.add(o);
        }
        root.add("peaks", peaks);
        JsonObject levels = new JsonObject();
        levels.addProperty("0.01", r.level1());
        levels.addProperty("0.05", r.level5());
        root.add("false_alarm_levels", levels);
        JsonObject s = new JsonObject();
        s.addProperty("file", file.toString());
        s.addProperty("object", object);
        s.addProperty("points", curve.time().length);
        s.addProperty("weights", curve.fluxError() == null ? "equal" : "1/dy^2");
        s.addProperty("fmin", grid.start());
        s.addProperty("fmax", grid.last());
        s.addProperty("n", grid.size());
        s.addProperty("grid", n == null ? "auto" : "linspace");
        if (n == null) {
            s.addProperty("samples_per_peak", samplesPerPeak == null ? 5 : samplesPerPeak);
            s.addProperty("nyquist_factor", nyquistFactor == null ? 5 : nyquistFactor);
        }
        s.addProperty("normalization", norm.id());
        s.addProperty("fap_method", method.id());
        s.addProperty("fap_fmax", r.fapMaximumFrequency());
        s.addProperty("top", top);
        if (method == FalseAlarmMethod.BOOTSTRAP) {
            s.addProperty("bootstraps", bootstraps);
            s.addProperty("seed", seed);
        }
        root.add("settings", s);
        return root;
    }

    private static String csv(PeriodogramAnalysis r) {
        StringBuilder b = new StringBuilder("frequency,power\n");
        for (int j = 0; j < r.frequency().length; j++) {
            b.append(r.frequency()[j]).append(',').append(r.power()[j]).append('\n');
        }
        return b.toString();
    }

    private String table(PeriodogramAnalysis r, LightCurve curve, FrequencyGrid grid, PeriodogramNormalization norm,
                         FalseAlarmMethod method) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s: %d points, %d frequencies from %.6g to %.6g per day, %s power%n",
                curve.name(), curve.time().length, grid.size(), grid.start(), grid.last(), norm.id()));
        b.append(String.format(Locale.ROOT, "best frequency %.9g per day (period %.6g days), power %.6g, "
                + "false-alarm probability %.3g (%s)%n", r.best().frequency(), 1 / r.best().frequency(),
                r.best().power(), r.best().falseAlarmProbability(), method.id()));
        b.append(String.format(Locale.ROOT, "false-alarm levels: 1%% %.6g, 5%% %.6g%n", r.level1(), r.level5()));
        b.append(String.format(Locale.ROOT, "%-14s %-12s %-11s %s%n", "frequency", "power", "fap", "alias"));
        for (PeriodogramPeak k : r.peaks()) {
            b.append(String.format(Locale.ROOT, "%-14.9g %-12.6g %-11.3g %s%n", k.frequency(), k.power(),
                    k.falseAlarmProbability(), k.alias() == null ? "" : k.alias() + " of "
                            + String.format(Locale.ROOT, "%.6g", k.aliasOf())));
        }
        return b.toString();
    }

    private static void positive(String name, Double v, boolean zeroAllowed) {
        check(v == null || (Double.isFinite(v) && (v > 0 || (zeroAllowed && v == 0))),
                name + " " + v + " is not allowed: expected a " + (zeroAllowed ? "non-negative" : "positive")
                        + " finite number");
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
