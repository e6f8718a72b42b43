package org.shrinkagelab.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.shrinkagelab.engine.JobContext;

/**
 * A periodogram read the way part (b) of the Dyson Spheres problem needs: the power on a grid, its
 * highest peaks refined and labelled when they are aliases of a stronger one, false-alarm
 * probabilities and the 1% and 5% levels. Times are in days, so the daily alias is 1 per day.
 *
 * @param frequency the grid
 * @param power the power on the grid
 * @param peaks the highest local maxima, strongest first (the first is the best frequency)
 * @param level1 the power whose false-alarm probability is 1%
 * @param level5 the power whose false-alarm probability is 5%
 * @param fapMaximumFrequency the fmax the false-alarm probabilities assume (astropy's rule)
 */
public record PeriodogramAnalysis(double[] frequency, double[] power, List<PeriodogramPeak> peaks, double level1,
                                  double level5, double fapMaximumFrequency) {

    /** Integer multiples of 1/day tried as daily aliases. */
    private static final int MAX_DAILY_ALIAS = 2;

    /** The options of an analysis beyond the data and grid. */
    public record Options(PeriodogramNormalization normalization, FalseAlarmMethod method, int topPeaks,
                          int bootstrapResamples, long seed) {
    }

    /** The highest peak (refined). */
    public PeriodogramPeak best() {
        return peaks.get(0);
    }

    /**
     * Computes the periodogram of ls on the grid, its top peaks (each refined by Brent's method on the
     * exact power between its grid neighbours), their false-alarm probabilities and alias labels.
     */
    public static PeriodogramAnalysis of(LombScargle ls, FrequencyGrid grid, Options options, JobContext context) {
        if (options.topPeaks() < 1) {
            throw new IllegalArgumentException("--top must be at least 1, was " + options.topPeaks());
        }
        PeriodogramNormalization norm = options.normalization();
        double[] power = ls.power(grid, norm, context);
        // astropy's false_alarm_probability(minimum_frequency=fmin, maximum_frequency=fmax) uses this fmax
        double fapFmax = FrequencyGrid.auto(ls.times(), 5, 5, grid.start(), grid.last()).last();
        List<PeriodogramPeak> raw = refinedPeaks(ls, grid, power, norm, options.topPeaks());
        double level1;
        double level5;
        List<Double> faps = new ArrayList<>();
        if (options.method() == FalseAlarmMethod.BOOTSTRAP) {
            PeriodogramBootstrap boot = PeriodogramBootstrap.run(ls, norm, fapFmax, options.bootstrapResamples(),
                    options.seed(), context);
            raw.forEach(p -> faps.add(boot.probability(p.power())));
            level1 = boot.level(0.01);
            level5 = boot.level(0.05);
        } else {
            FalseAlarm fa = new FalseAlarm(ls, norm, fapFmax);
            raw.forEach(p -> faps.add(fa.probability(p.power(), options.method())));
            level1 = fa.level(0.01, options.method());
            level5 = fa.level(0.05, options.method());
        }
        double tol = 0.25 / ls.baseline() + grid.step();
        List<PeriodogramPeak> peaks = new ArrayList<>();
        for (int k = 0; k < raw.size(); k++) {
            PeriodogramPeak p = raw.get(k);
            double of = Double.NaN;
            String label = null;
            for (int s = 0; s < k && label == null; s++) {
                label = aliasLabel(p.frequency(), raw.get(s).frequency(), 1 / ls.baseline(), tol);
                of = raw.get(s).frequency();
            }
            peaks.add(new PeriodogramPeak(p.frequency(), p.power(), faps.get(k), label == null ? Double.NaN : of, label));
        }
        return new PeriodogramAnalysis(grid.values(), power, peaks, level1, level5, fapFmax);
    }

    /**
     * How frequency f relates to a stronger peak at g, within tol: f = g + k/day, f = k/day - g, or
     * f = g +- 1/T (the baseline's sidelobe); null if none.
     */
    static String aliasLabel(double f, double g, double inverseBaseline, double tol) {
        for (int k = 1; k <= MAX_DAILY_ALIAS; k++) {
            String day = k == 1 ? "1/day" : k + "/day";
            if (Math.abs(f - (g + k)) <= tol) {
                return "f + " + day;
            }
            if (Math.abs(f - (g - k)) <= tol) {
                return "f - " + day;
            }
            if (Math.abs(f - (k - g)) <= tol) {
                return day + " - f";
            }
        }
        if (Math.abs(f - (g + inverseBaseline)) <= tol) {
            return "f + 1/T";
        }
        if (Math.abs(f - (g - inverseBaseline)) <= tol) {
            return "f - 1/T";
        }
        return null;
    }

    private static List<PeriodogramPeak> refinedPeaks(LombScargle ls, FrequencyGrid grid, double[] power,
                                                      PeriodogramNormalization norm, int top) {
        List<Integer> maxima = new ArrayList<>();
        for (int j = 0; j < power.length; j++) {
            boolean left = j == 0 || power[j] > power[j - 1];
            boolean right = j == power.length - 1 || power[j] >= power[j + 1];
            if (left && right) {
                maxima.add(j);
            }
        }
        maxima.sort(Comparator.comparingDouble((Integer j) -> -power[j]));
        List<PeriodogramPeak> out = new ArrayList<>();
        for (int j : maxima.subList(0, Math.min(top, maxima.size()))) {
            double[] fp = refine(ls, grid, power, j, norm);
            out.add(new PeriodogramPeak(fp[0], fp[1], Double.NaN, Double.NaN, null));
        }
        out.sort(Comparator.comparingDouble(p -> -p.power()));
        return out;
    }

    /** Brent's maximization of the exact power between grid neighbours j-1 and j+1 (clipped to the grid). */
    private static double[] refine(LombScargle ls, FrequencyGrid grid, double[] power, int j,
                                   PeriodogramNormalization norm) {
        if (grid.size() == 1) {
            return new double[] {grid.frequency(0), power[0]};
        }
        double lo = grid.frequency(Math.max(0, j - 1));
        double hi = grid.frequency(Math.min(grid.size() - 1, j + 1));
        BrentOptimizer brent = new BrentOptimizer(1e-13, 1e-14 * Math.max(1, Math.abs(hi)));
        UnivariatePointValuePair best = brent.optimize(new MaxEval(200), GoalType.MAXIMIZE,
                new UnivariateObjectiveFunction(f -> ls.power(f, norm)),
                new SearchInterval(lo, hi, grid.frequency(j)));
        // the grid point stands if the refinement found nothing higher (flat or edge peaks)
        return best.getValue() >= power[j] ? new double[] {best.getPoint(), best.getValue()}
                : new double[] {grid.frequency(j), power[j]};
    }
}
