package org.shrinkagelab.problems.entropy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.ScaledProgress;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.SummaryTable;
import org.shrinkagelab.stats.KozachenkoLeonenko;
import org.shrinkagelab.stats.MultivariateNormal;
import org.shrinkagelab.stats.RandomStreams;
import org.shrinkagelab.stats.SampleSizes;

/** The computations of the entropy tab: x ~ N(m, S), the map A, closed-form and sample entropies. */
public final class EntropyModel {
    /** |det A| below this is treated as singular and refused. */
    public static final double MIN_ABS_DET = 1e-9;
    /** The convergence plot always reaches this sample size, even when the slider's n is smaller. */
    static final int LADDER_TOP = 10_000;

    private EntropyModel() {
    }

    /** The distribution of x in the settings. */
    public static MultivariateNormal x(Settings s) {
        return MultivariateNormal.bivariate(s.real("m-x"), s.real("m-y"), s.real("var-x"), s.real("var-y"),
                s.real("corr"));
    }

    /** The matrix A of the settings, whether singular or not. */
    public static DMatrixRMaj matrix(Settings s) {
        return new DMatrixRMaj(2, 2, true, s.real("a11"), s.real("a12"), s.real("a21"), s.real("a22"));
    }

    /** Why the settings' A is refused (singular), or empty if it is allowed. */
    public static Optional<String> refusal(Settings s) {
        double det = CommonOps_DDRM.det(matrix(s));
        if (Math.abs(det) < MIN_ABS_DET) {
            return Optional.of(String.format(Locale.ROOT, "A is singular: det A = a11*a22 - a12*a21 = %s;"
                    + " |det A| must be at least %.0e, so A was not changed.", SummaryTable.num(det), MIN_ABS_DET));
        }
        return Optional.empty();
    }

    /** While a slider is dragged, the tab runs with at most this many samples. */
    public static final int PREVIEW_N = 10_000;

    /** The settings of the cheaper run shown while a slider is dragged: the same, with at most {@value #PREVIEW_N} samples. */
    public static Settings preview(Settings s) {
        return s.integer("n") > PREVIEW_N ? s.with("n", (long) PREVIEW_N) : s;
    }

    /** Sample sizes of the convergence plot: 10, 30, 100, ... up to the larger of n and {@value #LADDER_TOP}, n included. */
    static List<Integer> ladder(int n) {
        return SampleSizes.ladder(n, LADDER_TOP);
    }

    /**
     * Computes everything the tab shows.
     *
     * @throws IllegalArgumentException if A is singular, naming det A
     */
    public static EntropyResult compute(Settings s, JobContext context) {
        Optional<String> refused = refusal(s);
        if (refused.isPresent()) {
            throw new IllegalArgumentException(refused.get().replace(", so A was not changed.", "."));
        }
        DMatrixRMaj a = matrix(s);
        double det = CommonOps_DDRM.det(a);
        MultivariateNormal x = x(s);
        MultivariateNormal ax = x.affine(a, new double[2]);
        int n = s.integer("n");
        int k = s.integer("k");
        if (n < k + 1) {
            throw new IllegalArgumentException("--k " + k + " needs a sample size n above k, n is " + n);
        }
        List<Integer> sizes = ladder(n);
        int total = sizes.get(sizes.size() - 1);
        double[][] fromX = x.sample(total, RandomStreams.independent(s.longValue("seed"), 1).get(0));
        double[][] fromAx = new double[total][2];
        for (int i = 0; i < total; i++) {
            fromAx[i][0] = a.get(0, 0) * fromX[i][0] + a.get(0, 1) * fromX[i][1];
            fromAx[i][1] = a.get(1, 0) * fromX[i][0] + a.get(1, 1) * fromX[i][1];
        }
        double work = sizes.stream().mapToDouble(Integer::doubleValue).sum();
        double done = 0;
        List<EntropyResult.ConvergencePoint> points = new ArrayList<>();
        double hXAtN = Double.NaN;
        double hAxAtN = Double.NaN;
        for (int size : sizes) {
            context.checkCancelled();
            double share = size / work;
            double hx = size > k ? KozachenkoLeonenko.entropy(fromX, size, k,
                    new ScaledProgress(context, done / work, share / 2)) : Double.NaN;
            double hax = size > k ? KozachenkoLeonenko.entropy(fromAx, size, k,
                    new ScaledProgress(context, (done + size / 2.0) / work, share / 2)) : Double.NaN;
            points.add(new EntropyResult.ConvergencePoint(size, hx, hax));
            if (size == n) {
                hXAtN = hx;
                hAxAtN = hax;
            }
            done += size;
            context.progress(done / work, "entropy estimates up to n = " + size);
        }
        return new EntropyResult(x, ax, det, n, k, fromX, fromAx, x.entropy(), ax.entropy(), hXAtN, hAxAtN,
                List.copyOf(points));
    }
}
