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
 * <p>On an evenly spaced grid the trig functions come from rotations rather than sin/cos calls:
 * exp(2 pi i (f + K df) t) = exp(2 pi i f t) exp(2 pi i K df t), re-seeded from sin/cos at the start
 * of every tile of {@value #TILE} frequencies so rounding cannot grow (at most K + TILE/K rotations).
 * The inner loops run over the tile's frequencies for one point, so the JIT vectorizes them; tiles
 * run as parallel parts and each tile's numbers do not depend on which thread computes it.
 */
public final class LombScargle {
    /** Frequencies per tile: re-seeding interval and unit of parallel work. */
    static final int TILE = 1024;
    /** Frequencies advanced together by one rotation of K df (the vectorized block). */
    private static final int K = 32;
    private static final double TWO_PI = 2 * Math.PI;

    private final double[] t;
    private final double[] y;
    private final double[] w;
    private final double[] wy;
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
        double centredMean = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double yc = fitMean ? y[i] - mean : y[i];
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

    /** Power at every frequency of an evenly spaced grid, by tiles run as parallel parts of the job. */
    public double[] power(FrequencyGrid grid, PeriodogramNormalization normalization, JobContext context) {
        int tiles = (grid.size() + TILE - 1) / TILE;
        int parts = Math.min(tiles, 4 * Runtime.getRuntime().availableProcessors());
        List<PartTask<double[]>> tasks = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            int firstTile = (int) ((long) tiles * p / parts);
            int endTile = (int) ((long) tiles * (p + 1) / parts);
            tasks.add(ctx -> tileRange(grid, normalization, firstTile, endTile, ctx));
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

    private double[] tileRange(FrequencyGrid grid, PeriodogramNormalization normalization, int firstTile,
                               int endTile, JobContext context) {
        int n = t.length;
        double[] rot1c = new double[n];
        double[] rot1s = new double[n];
        double[] rotKc = new double[n];
        double[] rotKs = new double[n];
        for (int i = 0; i < n; i++) {
            double a = TWO_PI * grid.step() * t[i];
            rot1c[i] = Math.cos(a);
            rot1s[i] = Math.sin(a);
            rotKc[i] = Math.cos(K * a);
            rotKs[i] = Math.sin(K * a);
        }
        int firstFreq = firstTile * TILE;
        int endFreq = Math.min(grid.size(), endTile * TILE);
        double[] out = new double[endFreq - firstFreq];
        double[] sc = new double[TILE];
        double[] ss = new double[TILE];
        double[] syc = new double[TILE];
        double[] sys = new double[TILE];
        double[] scc = new double[TILE];
        double[] scs = new double[TILE];
        double[] zc = new double[TILE];
        double[] zs = new double[TILE];
        for (int tile = firstTile; tile < endTile; tile++) {
            context.checkCancelled();
            int j0 = tile * TILE;
            int m = Math.min(TILE, grid.size() - j0);
            Arrays.fill(sc, 0);
            Arrays.fill(ss, 0);
            Arrays.fill(syc, 0);
            Arrays.fill(sys, 0);
            Arrays.fill(scc, 0);
            Arrays.fill(scs, 0);
            double f0 = grid.frequency(j0);
            for (int i = 0; i < n; i++) {
                double theta = TWO_PI * f0 * t[i];
                zc[0] = Math.cos(theta);
                zs[0] = Math.sin(theta);
                double r1c = rot1c[i];
                double r1s = rot1s[i];
                for (int k = 1; k < Math.min(K, m); k++) {
                    zc[k] = zc[k - 1] * r1c - zs[k - 1] * r1s;
                    zs[k] = zc[k - 1] * r1s + zs[k - 1] * r1c;
                }
                accumulate(w[i], wy[i], rotKc[i], rotKs[i], m, zc, zs, sc, ss, syc, sys, scc, scs);
            }
            for (int j = 0; j < m; j++) {
                out[j0 - firstFreq + j] = finish(sc[j], ss[j], syc[j], sys[j], scc[j], 2 * scs[j], normalization);
            }
            context.progress((double) (tile - firstTile + 1) / (endTile - firstTile), "periodogram");
        }
        return out;
    }

    /**
     * Adds one point's terms to the sums of m frequencies. zc, zs hold exp(2 pi i f t) for the first
     * K frequencies; each later one is the value K frequencies earlier rotated by exp(2 pi i K df t).
     * Two plain passes over the tile, so the JIT vectorizes the accumulation.
     */
    private static void accumulate(double wi, double wyi, double rKc, double rKs, int m, double[] zc, double[] zs,
                                   double[] sc, double[] ss, double[] syc, double[] sys, double[] scc,
                                   double[] scs) {
        for (int j = K; j < m; j++) {
            double c = zc[j - K];
            double s = zs[j - K];
            zc[j] = c * rKc - s * rKs;
            zs[j] = c * rKs + s * rKc;
        }
        for (int j = 0; j < m; j++) {
            double c = zc[j];
            double s = zs[j];
            sc[j] += wi * c;
            ss[j] += wi * s;
            syc[j] += wyi * c;
            sys[j] += wyi * s;
            scc[j] += wi * (c * c - s * s);
            scs[j] += wi * (c * s);
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
        double r = Math.hypot(s2m, c2m);
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
