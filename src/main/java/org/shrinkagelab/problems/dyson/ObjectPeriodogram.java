package org.shrinkagelab.problems.dyson;

import java.util.ArrayList;
import java.util.List;
import org.shrinkagelab.data.LightCurve;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;
import org.shrinkagelab.stats.FalseAlarmMethod;
import org.shrinkagelab.stats.FrequencyGrid;
import org.shrinkagelab.stats.LombScargle;
import org.shrinkagelab.stats.PeriodogramAnalysis;
import org.shrinkagelab.stats.PeriodogramNormalization;

/**
 * One object's periodogram as the tab shows it: the exact Lomb-Scargle power (standard normalization,
 * weights 1/flux_err^2) on astropy's automatic grid up to {@link #MAX_FREQUENCY}, its top peaks with
 * Baluev false-alarm probabilities and alias labels, the 1% and 5% levels, and the window function on
 * the same grid.
 *
 * @param curve    the light curve
 * @param analysis the periodogram, peaks and levels
 * @param window   the window function's power on the same grid
 */
public record ObjectPeriodogram(LightCurve curve, PeriodogramAnalysis analysis, double[] window) {
    /** The highest frequency searched, per day: above the generator's population (log10 f ~ N(log10 0.8, 0.35)). */
    public static final double MAX_FREQUENCY = 3.0;
    /** The number of peaks listed. */
    public static final int TOP_PEAKS = 8;

    /** The periodogram of one light curve. */
    public static ObjectPeriodogram of(LightCurve curve, JobContext context) {
        LombScargle ls = new LombScargle(curve.time(), curve.flux(), curve.fluxError());
        FrequencyGrid grid = FrequencyGrid.auto(curve.time(), 5, 5, Double.NaN, MAX_FREQUENCY);
        PeriodogramAnalysis analysis = PeriodogramAnalysis.of(ls, grid, new PeriodogramAnalysis.Options(
                PeriodogramNormalization.STANDARD, FalseAlarmMethod.BALUEV, TOP_PEAKS, 0, 0), context);
        double[] window = LombScargle.window(curve.time()).power(grid, PeriodogramNormalization.STANDARD, context);
        return new ObjectPeriodogram(curve, analysis, window);
    }

    /** The periodograms of every object, computed as parallel parts. */
    public static List<ObjectPeriodogram> all(DysonData data, JobContext context) {
        List<PartTask<ObjectPeriodogram>> parts = new ArrayList<>();
        for (LightCurve c : data.curves()) {
            parts.add(part -> of(c, part));
        }
        return context.parallel(parts);
    }

    /** The frequency of the peak of this rank (0 = highest). */
    public double peakFrequency(int rank) {
        return analysis.peaks().get(rank).frequency();
    }
}
