package org.shrinkagelab.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;

/**
 * The generalized Lomb-Scargle periodogram exactly as astropy 5.2's {@code LombScargle} computes it
 * by default (Zechmeister and Kürster 2009): a weighted least-squares fit of a sinusoid plus a floating
 * mean at each frequency, data centred by their weighted mean, weights 1/dy^2 (equal without dy).
 *
 * <p>On an evenly spaced grid f_j = f_0 + j df the trig functions come from products rather than
 * sin/cos calls: exp(2 pi i f t) = seed(chunk) * exp(2 pi i l R df t) * exp(2 pi i k df t) for the
 * frequency l R + k of a chunk of {@value #CHUNK} frequencies. The last two factors are tabulated
 * once per point (rows of R = {@value #ROW}) by doubling from exp(2 pi i df t); the seed comes from
 * sin/cos at the start of every tile of {@value #CHUNKS_PER_TILE} chunks and is advanced by one
 * rotation per chunk in between, so the angle's rounding stays at the size of 2 pi f t's own (a
 * test holds the grid within 1e-12 of direct sin/cos sums over many tiles).
 * The inner loops run over a row's frequencies for {@value #BLOCK} points at a time with one
 * sum each, short enough that the JIT vectorizes them; chunks run as parallel parts, and each
 * chunk's numbers depend on its index only, not on which part or thread computes it.
 */
public final class LombScargle {
    /** Frequencies per row: the length of the vectorized loops. */
    static final int ROW = 128;
    /** Rows per chunk. */
    static final int ROWS = 4;
    /** Frequencies per chunk: the unit of parallel work and of cancellation. */
    static final int CHUNK = ROW * ROWS;
    /** Chunks per tile: the trig functions are re-seeded from sin/cos at every tile's first frequency. */
    static final int CHUNKS_PER_TILE = 8;
    /** Points per pass over a row (zero-weight points pad the data to a multiple). */
    private static final int BLOCK = 4;
    private static final double TWO_PI = 2 * Math.PI;

    private final double[] t;
    private final double[] y;
    private final double[] w;
    private final double[] wy;
    private final double[] centred;
    private final double[] dy;
    private final double weightSum;
    private final double yMean;
    private final double yy;
    private final double sumInverseVariance;
    private final boolean fitMean;

    private LombScargle(double[] t, double[] y, double[] dy, boolean fitMean) {
        int n = t.length;
        if (y.length != n || (dy != null && dy.length != n)) {
            throw new IllegalArgumentException("t, y and dy must have the same length");
        }
        this.t = t.clone();
        this.y = y.clone();
        this.dy = dy == null ? null : dy.clone();
        this.fitMean = fitMean;
        double[] raw = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            raw[i] = dy == null ? 1.0 : 1.0 / (dy[i] * dy[i]);
            total += raw[i];
        }
        sumInverseVariance = total;
        w = new double[n];
        double mean = 0;
        double ws = 0;
        for (int i = 0; i < n; i++) {
            w[i] = raw[i] / total;
            mean += w[i] * y[i];
            ws += w[i];
        }
        weightSum = ws;
        wy = new double[n];
        centred = new double[n];
        double centredMean = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double yc = fitMean ? y[i] - mean : y[i];
            centred[i] = yc;
            wy[i] = w[i] * yc;
            centredMean += wy[i];
            squares += wy[i] * yc;
        }
        yMean = centredMean;
        yy = squares;
    }

    /**
     * The periodogram of data {@code y} with uncertainties {@code dy} (null: equal weights) at times
     * {@code t}, with a floating mean as astropy's default.
     */
    public LombScargle(double[] t, double[] y, double[] dy) {
        this(t, y, dy, true);
    }

    /**
     * The window function of sampling times t as astropy's documentation computes it:
     * {@code LombScargle(t, 1, fit_mean=False, center_data=False)}, standard normalization.
     */
    public static LombScargle window(double[] t) {
        double[] ones = new double[t.length];
        Arrays.fill(ones, 1.0);
        return new LombScargle(t, ones, null, false);
    }

    /** The number of data points. */
    public int size() {
        return t.length;
    }

    /** The sampling times (a copy). */
    public double[] times() {
        return t.clone();
    }

    /** The uncertainties (a copy), or null when the data have none. */
    public double[] uncertainties() {
        return dy == null ? null : dy.clone();
    }

    /** The time span max(t) - min(t). */
    public double baseline() {
        return FrequencyGrid.max(t) - FrequencyGrid.min(t);
    }

    /** Power at every frequency of an evenly spaced grid, by chunks run as parallel parts of the job. */
    public double[] power(FrequencyGrid grid, PeriodogramNormalization normalization, JobContext context) {
        return power(grid, normalization, context, 4 * Runtime.getRuntime().availableProcessors());
    }

    /** The same split into the given number of parts (ranges of chunks), which changes no result. */
    double[] power(FrequencyGrid grid, PeriodogramNormalization normalization, JobContext context, int parts) {
        int cores = Runtime.getRuntime().availableProcessors();
        int padded = (t.length + BLOCK - 1) / BLOCK * BLOCK;
        int tableParts = Math.max(1, Math.min(cores, padded / (16 * BLOCK)));
        List<PartTask<GridTables>> tableTasks = new ArrayList<>(tableParts);
        for (int p = 0; p < tableParts; p++) {
            int first = padded / BLOCK * p / tableParts * BLOCK;
            int end = padded / BLOCK * (p + 1) / tableParts * BLOCK;
            tableTasks.add(ctx -> new GridTables(t, w, centred, grid.step(), first, end));
        }
        GridTables tables = GridTables.join(context.parallel(tableTasks), padded);
        context.checkCancelled();
        int chunks = (grid.size() + CHUNK - 1) / CHUNK;
        int used = Math.max(1, Math.min(parts, chunks));
        List<PartTask<double[]>> tasks = new ArrayList<>(used);
        for (int p = 0; p < used; p++) {
            int firstChunk = (int) ((long) chunks * p / used);
            int endChunk = (int) ((long) chunks * (p + 1) / used);
            tasks.add(ctx -> chunkRange(grid, normalization, tables, firstChunk, endChunk, ctx));
        }
        return concatenate(context.parallel(tasks), grid.size());
    }

    /** The parts' results end to end (total values in all). */
    static double[] concatenate(List<double[]> pieces, int total) {
        double[] out = new double[total];
        int at = 0;
        for (double[] piece : pieces) {
            System.arraycopy(piece, 0, out, at, piece.length);
            at += piece.length;
        }
        return out;
    }

    /** Power at the given frequencies (any spacing), each by direct sin/cos sums. */
    public double[] power(double[] frequencies, PeriodogramNormalization normalization) {
        double[] out = new double[frequencies.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = power(frequencies[j], normalization);
        }
        return out;
    }

    /** Power at one frequency by direct sin/cos sums. */
    public double power(double frequency, PeriodogramNormalization normalization) {
        double c = 0;
        double s = 0;
        double yc = 0;
        double ys = 0;
        double cc = 0;
        double cs = 0;
        for (int i = 0; i < t.length; i++) {
            double theta = TWO_PI * frequency * t[i];
            double cos = Math.cos(theta);
            double sin = Math.sin(theta);
            c += w[i] * cos;
            s += w[i] * sin;
            yc += wy[i] * cos;
            ys += wy[i] * sin;
            cc += w[i] * (cos * cos - sin * sin);
            cs += w[i] * (cos * sin);
        }
        return finish(c, s, yc, ys, cc, 2 * cs, normalization);
    }

    /**
     * Per-point factors of exp(2 pi i f t) on a grid of step df for points [first, end): sqrt(w) and
     * sqrt(w) times the centred y, exp(2 pi i k df t) for k below {@link #ROW} (one array per point),
     * exp(2 pi i l ROW df t) for l below {@link #ROWS}, and exp(2 pi i CHUNK df t).
     */
    private static final class GridTables {
        final double[] rootW;
        final double[] rootWy;
        final double[][] rowCos;
        final double[][] rowSin;
        final double[] rowStepCos;
        final double[] rowStepSin;
        final double[] chunkStepCos;
        final double[] chunkStepSin;
        final double[] times;

        GridTables(double[] t, double[] w, double[] centred, double step, int first, int end) {
            int m = end - first;
            rootW = new double[m];
            rootWy = new double[m];
            times = new double[m];
            rowCos = new double[m][ROW];
            rowSin = new double[m][ROW];
            rowStepCos = new double[m * ROWS];
            rowStepSin = new double[m * ROWS];
            chunkStepCos = new double[m];
            chunkStepSin = new double[m];
            for (int q = 0; q < m; q++) {
                int i = first + q;
                if (i >= t.length) {
                    continue; // padding: weight zero, so its terms add nothing
                }
                times[q] = t[i];
                rootW[q] = Math.sqrt(w[i]);
                rootWy[q] = rootW[q] * centred[i];
                double a = TWO_PI * step * t[i];
                double[] rowStep = powers(Math.cos(a), Math.sin(a), rowCos[q], rowSin[q]);
                double[] chunkStep = powers(rowStep[0], rowStep[1], rowStepCos, rowStepSin, q * ROWS, ROWS);
                chunkStepCos[q] = chunkStep[0];
                chunkStepSin[q] = chunkStep[1];
            }
        }

        private GridTables(int padded) {
            rootW = new double[padded];
            rootWy = new double[padded];
            times = new double[padded];
            rowCos = new double[padded][];
            rowSin = new double[padded][];
            rowStepCos = new double[padded * ROWS];
            rowStepSin = new double[padded * ROWS];
            chunkStepCos = new double[padded];
            chunkStepSin = new double[padded];
        }

        /** The parts' tables, in point order, as one. */
        static GridTables join(List<GridTables> pieces, int padded) {
            GridTables all = new GridTables(padded);
            int at = 0;
            for (GridTables g : pieces) {
                int m = g.rootW.length;
                System.arraycopy(g.rootW, 0, all.rootW, at, m);
                System.arraycopy(g.rootWy, 0, all.rootWy, at, m);
                System.arraycopy(g.times, 0, all.times, at, m);
                System.arraycopy(g.rowCos, 0, all.rowCos, at, m);
                System.arraycopy(g.rowSin, 0, all.rowSin, at, m);
                System.arraycopy(g.rowStepCos, 0, all.rowStepCos, at * ROWS, m * ROWS);
                System.arraycopy(g.rowStepSin, 0, all.rowStepSin, at * ROWS, m * ROWS);
                System.arraycopy(g.chunkStepCos, 0, all.chunkStepCos, at, m);
                System.arraycopy(g.chunkStepSin, 0, all.chunkStepSin, at, m);
                at += m;
            }
            return all;
        }
    }

    /**
     * Writes exp(i k a) for k below the rows' length (a power of two) into the rows, from cos a and
     * sin a by doubling (exp(i (m + k) a) = exp(i k a) exp(i m a), exp(2 i m a) its square), so each
     * value is a product of at most log2 length factors and the loops have no chain of dependences.
     *
     * @return {cos, sin} of (length) a
     */
    private static double[] powers(double ca, double sa, double[] cos, double[] sin) {
        cos[0] = 1;
        sin[0] = 0;
        double pc = ca;
        double ps = sa;
        for (int m = 1; m < cos.length; m *= 2) {
            for (int k = 0; k < m; k++) {
                cos[m + k] = cos[k] * pc - sin[k] * ps;
                sin[m + k] = cos[k] * ps + sin[k] * pc;
            }
            double square = pc * pc - ps * ps;
            ps = 2 * pc * ps;
            pc = square;
        }
        return new double[] {pc, ps};
    }

    /** The same for count (a power of two) values from index from of the arrays. */
    private static double[] powers(double ca, double sa, double[] cos, double[] sin, int from, int count) {
        double[] c = new double[count];
        double[] s = new double[count];
        double[] next = powers(ca, sa, c, s);
        System.arraycopy(c, 0, cos, from, count);
        System.arraycopy(s, 0, sin, from, count);
        return next;
    }

    /** Power at the frequencies of chunks [firstChunk, endChunk), summing over the points block by block. */
    private double[] chunkRange(FrequencyGrid grid, PeriodogramNormalization normalization, GridTables g,
                                int firstChunk, int endChunk, JobContext context) {
        int np = g.rootW.length;
        double[] seedCos = new double[np];
        double[] seedSin = new double[np];
        double[][][] sums = new double[6][ROWS][ROW];
        double[][] a = new double[BLOCK][ROW];
        double[][] b = new double[BLOCK][ROW];
        int firstFreq = firstChunk * CHUNK;
        double[] out = new double[Math.min(grid.size(), endChunk * CHUNK) - firstFreq];
        for (int chunk = firstChunk; chunk < endChunk; chunk++) {
            context.checkCancelled();
            advanceSeeds(grid, g, chunk, chunk == firstChunk, seedCos, seedSin);
            int j0 = chunk * CHUNK;
            int rows = Math.min(ROWS, (grid.size() - j0 + ROW - 1) / ROW);
            for (double[][] sum : sums) {
                for (double[] row : sum) {
                    Arrays.fill(row, 0);
                }
            }
            for (int i0 = 0; i0 < np; i0 += BLOCK) {
                for (int l = 0; l < rows; l++) {
                    for (int p = 0; p < BLOCK; p++) {
                        int i = i0 + p;
                        double qc = g.rowStepCos[i * ROWS + l];
                        double qs = g.rowStepSin[i * ROWS + l];
                        double uc = (seedCos[i] * qc - seedSin[i] * qs) * g.rootW[i];
                        double us = (seedCos[i] * qs + seedSin[i] * qc) * g.rootW[i];
                        rotate(g.rowCos[i], g.rowSin[i], uc, us, a[p], b[p]);
                    }
                    // a = sqrt(w) cos, b = sqrt(w) sin: sums of w cos, w sin, w y cos, w y sin, w cos^2, w cos sin
                    weighted(a, g.rootW, i0, sums[0][l]);
                    weighted(b, g.rootW, i0, sums[1][l]);
                    weighted(a, g.rootWy, i0, sums[2][l]);
                    weighted(b, g.rootWy, i0, sums[3][l]);
                    products(a, a, sums[4][l]);
                    products(a, b, sums[5][l]);
                }
            }
            int m = Math.min(CHUNK, grid.size() - j0);
            for (int j = 0; j < m; j++) {
                int l = j / ROW;
                int k = j % ROW;
                out[j0 - firstFreq + j] = finish(sums[0][l][k], sums[1][l][k], sums[2][l][k], sums[3][l][k],
                        2 * sums[4][l][k] - weightSum, 2 * sums[5][l][k], normalization);
            }
            context.progress((double) (chunk - firstChunk + 1) / (endChunk - firstChunk), "periodogram");
        }
        return out;
    }

    /**
     * Sets the seeds to exp(2 pi i f t) at the chunk's first frequency: from sin/cos at its tile's
     * first frequency, advanced chunk by chunk, the same way whichever chunk a part starts at.
     */
    private static void advanceSeeds(FrequencyGrid grid, GridTables g, int chunk, boolean fresh, double[] seedCos,
                                     double[] seedSin) {
        int tileStart = chunk - chunk % CHUNKS_PER_TILE;
        int from = chunk;
        if (fresh || chunk == tileStart) {
            double f0 = grid.frequency(tileStart * CHUNK);
            for (int i = 0; i < seedCos.length; i++) {
                double theta = TWO_PI * f0 * g.times[i];
                seedCos[i] = Math.cos(theta);
                seedSin[i] = Math.sin(theta);
            }
            from = tileStart + 1;
        }
        for (int c = from; c <= chunk; c++) {
            for (int i = 0; i < seedCos.length; i++) {
                double sc = seedCos[i];
                double ss = seedSin[i];
                seedCos[i] = sc * g.chunkStepCos[i] - ss * g.chunkStepSin[i];
                seedSin[i] = sc * g.chunkStepSin[i] + ss * g.chunkStepCos[i];
            }
        }
    }

    /** (a, b) = (cos, sin) row times u: one complex product per frequency. */
    private static void rotate(double[] cos, double[] sin, double uc, double us, double[] a, double[] b) {
        double minusUs = -us;
        for (int k = 0; k < ROW; k++) {
            double c = cos[k];
            double s = sin[k];
            a[k] = Math.fma(c, uc, s * minusUs);
            b[k] = Math.fma(c, us, s * uc);
        }
    }

    /** sum += sum over the block's points p of coefficient[i0 + p] * x[p], one loop of fused multiply-adds. */
    private static void weighted(double[][] x, double[] coefficient, int i0, double[] sum) {
        double c0 = coefficient[i0];
        double c1 = coefficient[i0 + 1];
        double c2 = coefficient[i0 + 2];
        double c3 = coefficient[i0 + 3];
        double[] x0 = x[0];
        double[] x1 = x[1];
        double[] x2 = x[2];
        double[] x3 = x[3];
        for (int k = 0; k < ROW; k++) {
            sum[k] = Math.fma(c3, x3[k], Math.fma(c2, x2[k], Math.fma(c1, x1[k], Math.fma(c0, x0[k], sum[k]))));
        }
    }

    /** sum += sum over the block's points p of x[p] * y[p], element by element. */
    private static void products(double[][] x, double[][] y, double[] sum) {
        double[] x0 = x[0];
        double[] x1 = x[1];
        double[] x2 = x[2];
        double[] x3 = x[3];
        double[] y0 = y[0];
        double[] y1 = y[1];
        double[] y2 = y[2];
        double[] y3 = y[3];
        for (int k = 0; k < ROW; k++) {
            sum[k] = Math.fma(x3[k], y3[k], Math.fma(x2[k], y2[k], Math.fma(x1[k], y1[k],
                    Math.fma(x0[k], y0[k], sum[k]))));
        }
    }

    /**
     * The power from the weighted sums of cos, sin, y cos, y sin, cos 2wt and sin 2wt: the time
     * shift tau and the shifted sums of astropy's slow implementation, by angle-addition identities.
     */
    private double finish(double c, double s, double yc, double ys, double c2, double s2,
                          PeriodogramNormalization normalization) {
        double s2m = s2;
        double c2m = c2;
        if (fitMean) {
            s2m -= 2 * s * c;
            c2m -= c * c - s * s;
        }
        // 2 w tau = atan2(s2m, c2m); its cos and sin, and those of w tau (which lies in (-pi/2, pi/2]).
        double r = Math.sqrt(s2m * s2m + c2m * c2m); // both are at most 2: no overflow to guard
        double cos2 = r == 0 ? 1 : c2m / r;
        double sin2 = r == 0 ? 0 : s2m / r;
        double ct;
        double st;
        if (cos2 >= 0) {
            ct = Math.sqrt(0.5 * (1 + cos2));
            st = sin2 / (2 * ct);
        } else {
            st = Math.copySign(Math.sqrt(0.5 * (1 - cos2)), sin2 == 0 ? 1 : sin2);
            ct = sin2 / (2 * st);
        }
        double ycTau = ct * yc + st * ys;
        double ysTau = ct * ys - st * yc;
        double ccTau = 0.5 * (weightSum + cos2 * c2 + sin2 * s2);
        double ssTau = 0.5 * (weightSum - cos2 * c2 - sin2 * s2);
        if (fitMean) {
            double cTau = ct * c + st * s;
            double sTau = ct * s - st * c;
            ycTau -= yMean * cTau;
            ysTau -= yMean * sTau;
            ccTau -= cTau * cTau;
            ssTau -= sTau * sTau;
        }
        double p = ycTau * ycTau / ccTau + ysTau * ysTau / ssTau;
        return normalization.apply(p, yy, sumInverseVariance);
    }

    /** The weighted variance of the times (astropy's Dt, weights 1/dy^2), for the Davies bound. */
    double weightedTimeVariance() {
        double m = 0;
        double m2 = 0;
        for (int i = 0; i < t.length; i++) {
            m += w[i] * t[i];
            m2 += w[i] * t[i] * t[i];
        }
        return m2 / weightSum - (m / weightSum) * (m / weightSum);
    }

    /** The same times with the data and their uncertainties resampled at the given indices (bootstrap). */
    LombScargle resampled(int[] index) {
        double[] yr = new double[index.length];
        double[] dr = dy == null ? null : new double[index.length];
        for (int i = 0; i < index.length; i++) {
            yr[i] = y[index[i]];
            if (dr != null) {
                dr[i] = dy[index[i]];
            }
        }
        return new LombScargle(t, yr, dr, fitMean);
    }
}
