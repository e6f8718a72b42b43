package org.shrinkagelab.problems.eightschools.exact;

import java.util.ArrayList;
import java.util.List;
import org.shrinkagelab.data.EightSchoolsData;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.stats.Histogram;

/**
 * One recomputation of the tab from its settings. The converged (quadrature) part depends only on
 * the data and the prior, so the last one is kept: moving the tau marker, the grid or the seed does
 * not integrate again. After the grid, the converged side and the ancestral side run as two parts of
 * the job (in parallel on the sampler service, one after the other elsewhere), with the same numbers.
 */
public final class EightSchoolsExactCalculator {
    /** The tau^2 values at which p(mu | tau^2, X) is drawn: tau = 1, 2, 4, 8, 16. */
    static final double[] MU_TAU2 = {1, 4, 16, 64, 256};
    /** Lower end of the tau^2 grid, as in the course. */
    public static final double GRID_LO = 0.1;
    /** Right end of the shrinkage plot's tau axis (the marker's range). */
    public static final double SHRINK_TAU_MAX = 40;
    private static final int SHRINK_POINTS = 201;
    private static final int CURVE_POINTS = 400;
    private static final int MU_POINTS = 301;
    private static final int HISTOGRAM_BINS = 40;
    private static final int THETA_POINTS = 120;

    private final EightSchoolsData data;
    private volatile Cached cached;

    /** The converged posterior of one prior and its marginal densities of theta, drawn under the histograms. */
    private record Cached(NixPrior prior, ExactPosterior exact, double[] thetaValues, double[][] thetaDensity) {
    }

    /** A calculator for the given data. */
    public EightSchoolsExactCalculator(EightSchoolsData data) {
        this.data = data;
    }

    /** The data computed on. */
    public EightSchoolsData data() {
        return data;
    }

    /** The prior given by the settings. */
    public static NixPrior prior(Settings settings) {
        return new NixPrior(settings.real("mu0"), settings.real("kappa0"), settings.real("nu0"),
                settings.real("tau2-0"));
    }

    /** The converged posterior for the settings' prior, reusing the last one if the prior is unchanged. */
    public ExactPosterior exact(Settings settings) {
        return converged(prior(settings)).exact();
    }

    private Cached converged(NixPrior prior) {
        Cached c = cached;
        if (c == null || !c.prior().equals(prior)) {
            ExactPosterior exact = ExactPosterior.compute(new HierarchicalNormalModel(data, prior));
            int j = data.size();
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < j; s++) {
                lo = Math.min(lo, exact.thetaMean(s) - 4 * exact.thetaSd(s));
                hi = Math.max(hi, exact.thetaMean(s) + 4 * exact.thetaSd(s));
            }
            double[] values = new double[THETA_POINTS];
            for (int i = 0; i < THETA_POINTS; i++) {
                values[i] = lo + (hi - lo) * i / (THETA_POINTS - 1);
            }
            double[][] density = new double[j][];
            for (int s = 0; s < j; s++) {
                density[s] = exact.thetaDensityOnGrid(s, lo, hi, THETA_POINTS);
            }
            c = new Cached(prior, exact, values, density);
            cached = c;
        }
        return c;
    }

    /** Recomputes everything the tab shows. */
    public EightSchoolsExactResult compute(Settings settings, JobContext context) {
        NixPrior prior = prior(settings);
        HierarchicalNormalModel model = new HierarchicalNormalModel(data, prior);
        double gridMax = settings.real("grid-max");
        if (!(gridMax > GRID_LO)) {
            throw new IllegalArgumentException("--grid-max " + gridMax + " must exceed the grid's lower end " + GRID_LO);
        }
        GridPosterior grid = GridPosterior.compute(model, GRID_LO, gridMax, settings.integer("grid-size"));
        context.checkCancelled();
        // The converged side (quadrature, mixture densities, curves) and the ancestral side (draws, their
        // summaries) share nothing: two parts, run side by side on the service, each deterministic.
        List<Object> sides = context.parallel(List.<PartTask<Object>>of(
                part -> convergedSide(prior, gridMax),
                part -> drawnSide(model, grid, settings)));
        ConvergedSide c = (ConvergedSide) sides.get(0);
        DrawnSide d = (DrawnSide) sides.get(1);
        context.checkCancelled();
        int j = model.schools();
        double[] thetaValues = c.cached().thetaValues();
        double lo = thetaValues[0];
        double hi = thetaValues[thetaValues.length - 1];
        List<Histogram> histograms = new ArrayList<>(j);
        for (int s = 0; s < j; s++) {
            histograms.add(Histogram.of(d.draws().theta()[s], HISTOGRAM_BINS, lo, hi));
        }
        return new EightSchoolsExactResult(data, grid, c.cached().exact(), HomogeneityTest.of(model), c.tau2(),
                c.tau2Density(), c.tau(), c.tauDensity(), d.mu(), d.shrinkage(), d.summaries(),
                List.copyOf(histograms), thetaValues, c.cached().thetaDensity(), d.draws().size(), c.tailMass(),
                d.draws().theta());
    }

    /** The converged posterior of the prior and the curves drawn from it. */
    private record ConvergedSide(Cached cached, double[] tau2, double[] tau2Density, double[] tau,
                                 double[] tauDensity, double tailMass) {
    }

    /** The ancestral draws with their summaries, and the closed-form curves of the model. */
    private record DrawnSide(AncestralSampler.Draws draws, List<SampleSummary> summaries,
                             EightSchoolsExactResult.MuCurves mu, EightSchoolsExactResult.ShrinkageCurves shrinkage) {
    }

    private ConvergedSide convergedSide(NixPrior prior, double gridMax) {
        Cached converged = converged(prior);
        ExactPosterior exact = converged.exact();
        double tauPlotMax = Math.max(Math.sqrt(gridMax), exact.tauMean() + 5 * exact.tauSd());
        double[] exactTau = new double[CURVE_POINTS];
        double[] exactTauDensity = new double[CURVE_POINTS];
        double[] exactTau2 = new double[CURVE_POINTS];
        double[] exactTau2Density = new double[CURVE_POINTS];
        double tau2PlotMax = Math.max(gridMax, tauPlotMax * tauPlotMax);
        for (int i = 0; i < CURVE_POINTS; i++) {
            exactTau[i] = tauPlotMax * i / (CURVE_POINTS - 1);
            exactTauDensity[i] = exact.densityTau(exactTau[i]);
            exactTau2[i] = tau2PlotMax * i / (CURVE_POINTS - 1);
            exactTau2Density[i] = exact.densityTau2(exactTau2[i]);
        }
        return new ConvergedSide(converged, exactTau2, exactTau2Density, exactTau, exactTauDensity,
                1 - exact.tauCdf(Math.sqrt(gridMax)));
    }

    private static DrawnSide drawnSide(HierarchicalNormalModel model, GridPosterior grid, Settings settings) {
        AncestralSampler.Draws draws = AncestralSampler.sample(model, grid, settings.integer("samples"),
                settings.longValue("seed"));
        int j = model.schools();
        List<SampleSummary> summaries = new ArrayList<>(j);
        for (int s = 0; s < j; s++) {
            summaries.add(SampleSummary.of(draws.theta()[s]));
        }
        return new DrawnSide(draws, List.copyOf(summaries), muCurves(model), shrinkage(model, settings.real("tau")));
    }

    private static EightSchoolsExactResult.MuCurves muCurves(HierarchicalNormalModel model) {
        int k = MU_TAU2.length;
        double[] mean = new double[k];
        double[] sd = new double[k];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            HierarchicalNormalModel.AtTau2 at = model.atTau2(MU_TAU2[i]);
            mean[i] = at.mean();
            sd[i] = Math.sqrt(at.variance());
            lo = Math.min(lo, mean[i] - 4 * sd[i]);
            hi = Math.max(hi, mean[i] + 4 * sd[i]);
        }
        double[] mu = new double[MU_POINTS];
        double[][] density = new double[k][MU_POINTS];
        for (int p = 0; p < MU_POINTS; p++) {
            mu[p] = lo + (hi - lo) * p / (MU_POINTS - 1);
            for (int i = 0; i < k; i++) {
                double z = (mu[p] - mean[i]) / sd[i];
                density[i][p] = Math.exp(-0.5 * z * z) / (sd[i] * Math.sqrt(2 * Math.PI));
            }
        }
        return new EightSchoolsExactResult.MuCurves(MU_TAU2.clone(), mean, sd, mu, density);
    }

    private static EightSchoolsExactResult.ShrinkageCurves shrinkage(HierarchicalNormalModel model, double markerTau) {
        int j = model.schools();
        double[] tau = new double[SHRINK_POINTS];
        double[][] mean = new double[j][SHRINK_POINTS];
        for (int k = 0; k < SHRINK_POINTS; k++) {
            tau[k] = SHRINK_TAU_MAX * k / (SHRINK_POINTS - 1);
            double t = tau[k] * tau[k];
            HierarchicalNormalModel.AtTau2 at = model.atTau2(t);
            for (int s = 0; s < j; s++) {
                mean[s][k] = model.thetaMean(s, t, at);
            }
        }
        double t = markerTau * markerTau;
        HierarchicalNormalModel.AtTau2 at = model.atTau2(t);
        double[] markerMean = new double[j];
        double[] markerSd = new double[j];
        for (int s = 0; s < j; s++) {
            markerMean[s] = model.thetaMean(s, t, at);
            markerSd[s] = Math.sqrt(model.thetaVariance(s, t, at));
        }
        return new EightSchoolsExactResult.ShrinkageCurves(tau, mean, markerTau, markerMean, markerSd, at.mean());
    }
}
