package org.shrinkagelab.problems.dyson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shrinkagelab.charts.DagFigure;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.model.DeclaredModel;
import org.shrinkagelab.engine.sample.LiveDraws;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Summary;
import org.shrinkagelab.stats.PeriodogramPeak;
import org.shrinkagelab.workbench.ModelFit;
import org.shrinkagelab.workbench.SamplerBlock;
import org.shrinkagelab.workbench.WorkbenchProblem;

/**
 * The Dyson Spheres: sparse nightly light curves (simulated; see data/dyson_spheres.md), their exact
 * Lomb-Scargle periodograms, and the hierarchical sinusoid model ({@link DysonModel}) with each object's
 * frequency confined to a window around a chosen periodogram peak (the highest by default).
 */
public final class DysonProblem extends WorkbenchProblem {
    /** The problem's id on the command line. */
    public static final String ID = "dyson-spheres";
    /** Option: which peak each object's window is centred on. */
    public static final String PEAKS = "peaks";
    /** Option: the time the phases refer to. */
    public static final String REFERENCE = "reference-time";
    /** Option: the half-width of the frequency windows in units of 1/baseline. */
    public static final String WINDOW = "frequency-window";
    /** Option: the phases' population, uniform or von Mises around a common phase. */
    public static final String PHASES = "phases";

    private final DysonData data;
    private List<ObjectPeriodogram> periodograms;

    /** The problem on the bundled data. */
    public DysonProblem() {
        this(DysonData.bundled());
    }

    /** The problem on other light curves (simulated ones in the recovery tests). */
    public DysonProblem(DysonData data) {
        this.data = data;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Dyson Spheres";
    }

    @Override
    protected List<ParameterSpec> modelParameters() {
        return List.of(
                ParameterSpec.text(PEAKS, "Periodogram peak per object", PeakChoice.FORMAT, "highest",
                        PeakChoice::parse),
                ParameterSpec.choice(REFERENCE, "Phase reference time", List.of("midpoint", "zero"), "midpoint"),
                ParameterSpec.real(WINDOW, "Frequency window half-width (1/baseline)", 0.05, 5, 1),
                ParameterSpec.choice(PHASES, "Phases", List.of("uniform", "von-mises"), "uniform"));
    }

    /**
     * Target acceptance 0.95: the divergences of this model sit in the funnel of the amplitude population (small
     * tau_A, see {@link DivergenceLocation}); at the default settings, seeds 1-5 gave 4, 1, 22, 7 and 12 at 0.95
     * against 11, 10, 55, 10 and 31 at 0.8, for a median of 36.1 against 34.6 s of CPU per fit.
     */
    @Override
    protected double defaultAdaptDelta() {
        return 0.95;
    }

    /** The data. */
    public DysonData data() {
        return data;
    }

    /** Every object's periodogram, computed once. */
    public synchronized List<ObjectPeriodogram> periodograms(JobContext context) {
        if (periodograms == null) {
            periodograms = ObjectPeriodogram.all(data, context);
        }
        return periodograms;
    }

    /** The reference time under the settings: the data midpoint, or zero. */
    public double reference(Settings s) {
        return s.text(REFERENCE).equals("midpoint") ? data.midpoint() : 0;
    }

    /** The sinusoid model under the settings. */
    public DysonModel sinusoids(Settings s, JobContext context) {
        List<PeriodogramPeak> chosen = chosenPeaks(s, context);
        double[] centres = chosen.stream().mapToDouble(PeriodogramPeak::frequency).toArray();
        return new DysonModel(data, centres, s.real(WINDOW) / data.baseline(), reference(s), phases(s));
    }

    /** The periodogram peak each object's window is centred on under the settings. */
    public List<PeriodogramPeak> chosenPeaks(Settings s, JobContext context) {
        PeakChoice choice = (PeakChoice) s.parsed(PEAKS);
        List<ObjectPeriodogram> p = periodograms(context);
        List<PeriodogramPeak> chosen = new ArrayList<>();
        for (int k = 0; k < data.size(); k++) {
            int rank = choice.rank(k, data.size());
            List<PeriodogramPeak> peaks = p.get(k).analysis().peaks();
            if (rank >= peaks.size()) {
                throw new IllegalArgumentException(data.curve(k).name() + " has only " + peaks.size()
                        + " peaks; peak " + (rank + 1) + " was asked for");
            }
            chosen.add(peaks.get(rank));
        }
        return chosen;
    }

    /** The phases' population under the settings. */
    public static DysonModel.Phases phases(Settings s) {
        return s.text(PHASES).equals("von-mises") ? DysonModel.Phases.VON_MISES : DysonModel.Phases.UNIFORM;
    }

    @Override
    public DeclaredModel model(Settings settings) {
        return sinusoids(settings, JobContext.none()).model();
    }

    /** Samples and analyses the model under the settings (the tab's run and the summary's). */
    public DysonAnalysis analyse(Settings settings, SamplerSettingsOverride sampler, JobContext context,
                                 LiveDraws live) {
        DysonModel model = sinusoids(settings, context);
        var s = sampler.apply(sampler(settings));
        ModelFit fit = ModelFit.sample(model.model(), s, context, live);
        if (fit.draws().shortestChain() == 0) {
            throw new org.shrinkagelab.engine.CancelledException();
        }
        return DysonAnalysis.of(label(settings, s), fit, model, data.names(), s.maxTreeDepth(), s.adaptDelta(),
                chosenPeaks(settings, context), data.baseline());
    }

    /** What a run does, for status lines and titles. */
    public static String label(Settings settings, org.shrinkagelab.engine.sample.SamplerSettings s) {
        return s.kind().toString().toUpperCase(java.util.Locale.ROOT) + ", peaks " + settings.text(PEAKS)
                + ", t0 " + settings.text(REFERENCE) + ", " + s.chains() + "×" + s.draws();
    }

    /** A change of the sampler settings for one run (the identity for full runs, the preview for previews). */
    @FunctionalInterface
    public interface SamplerSettingsOverride {
        /** The settings the run uses. */
        org.shrinkagelab.engine.sample.SamplerSettings apply(org.shrinkagelab.engine.sample.SamplerSettings s);
    }

    @Override
    public Summary summarize(Settings settings, JobContext context) {
        long start = System.nanoTime();
        DysonModel model = sinusoids(settings, context);
        ModelFit fit = ModelFit.sample(model.model(), sampler(settings), context);
        DysonAnalysis a = DysonAnalysis.of(label(settings, sampler(settings)), fit, model, data.names(),
                sampler(settings).maxTreeDepth(), sampler(settings).adaptDelta(), chosenPeaks(settings, context),
                data.baseline());
        Map<String, Object> q = new LinkedHashMap<>(quantities(settings, fit));
        q.put("divergence_episodes", a.divergences().episodes());
        q.put("divergence_sites", a.divergences().concentrated().stream().map(site -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("parameter", site.parameter());
            row.put("mean_percentile", site.meanPercentile());
            row.put("z", site.z());
            return row;
        }).toList());
        q.put("warnings", a.warnings());
        return summary(settings, model.model(), fit.draws(), a.diagnostics().parameters(),
                SamplerBlock.of(fit.run(), fit.ebfmi(), (System.nanoTime() - start) / 1e9), q, Map.of());
    }

    @Override
    protected Map<String, Object> quantities(Settings settings, ModelFit fit) {
        Map<String, Object> q = new LinkedHashMap<>();
        DysonModel model = sinusoids(settings, JobContext.none());
        List<ObjectPeriodogram> p = periodograms(JobContext.none());
        q.put("reference_time", model.reference());
        List<Map<String, Object>> objects = new ArrayList<>();
        for (int k = 0; k < data.size(); k++) {
            PeriodogramPeak best = p.get(k).analysis().best();
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("object", data.curve(k).name());
            o.put("best_frequency", best.frequency());
            o.put("best_power", best.power());
            o.put("best_fap", best.falseAlarmProbability());
            o.put("window_low", model.lower(k));
            o.put("window_high", model.upper(k));
            objects.add(o);
        }
        q.put("periodogram", objects);
        return q;
    }

    /** One full fit at the defaults, then the coverage run ({@link DysonCoverage#benchmark()}). */
    @Override
    public List<org.shrinkagelab.problems.BenchmarkCase> benchmarks() {
        List<org.shrinkagelab.problems.BenchmarkCase> cases = new ArrayList<>(super.benchmarks());
        cases.add(DysonCoverage.benchmark());
        return cases;
    }

    @Override
    public DagFigure.Graph dag(Settings settings) {
        return DysonDag.graph(data.size());
    }

    @Override
    public String preferredParameter() {
        return "alpha_1";
    }

    @Override
    protected List<Figure> ownFigures(Settings settings, JobContext context) {
        DysonFigures figures = new DysonFigures(data);
        List<ObjectPeriodogram> p = periodograms(context);
        figures.showLightCurves(true);
        figures.showPeriodogram(p.get(0));
        figures.showFolded(p.get(0).curve(), p.get(0).peakFrequency(0), reference(settings));
        figures.update(analyse(settings, s -> s, context, null));
        return figures.figures();
    }
}
