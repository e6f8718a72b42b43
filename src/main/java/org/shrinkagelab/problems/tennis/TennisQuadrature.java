package org.shrinkagelab.problems.tennis;

import org.shrinkagelab.engine.JobContext;

/**
 * P(You beat A | observed matches among A, B, C) by deterministic quadrature.
 *
 * <p>You play no observed match, so S_You integrates out in one dimension:
 * q(a) = integral of phi(y) sigmoid(k (y - a)) dy. What remains is a ratio of 3-D integrals over
 * (S_A, S_B, S_C) of a Gaussian times pairwise sigmoid factors, done as a tensor trapezoid rule
 * on [-L, L]^3 with the pairwise factors tabulated once. The trapezoid rule converges
 * geometrically for integrands analytic in a strip: the sigmoid's poles lie at distance pi/k
 * from the real axis, so the error is about exp(-2 pi (pi/k) / h); the default step makes that
 * exponent about 44 (error far below 1e-12), and the tails beyond L = 9 weigh 2 Phi(-9) = 2e-19.
 */
public final class TennisQuadrature {
    /** Half-width of the integration box, in prior standard deviations. */
    public static final double HALF_WIDTH = 9;

    private TennisQuadrature() {
    }

    /** The default step for a given k: small enough for an error well below 1e-10. */
    public static double defaultStep(double k) {
        return Math.min(0.25, 0.45 / Math.max(k, 1e-9));
    }

    /** Solves with the default step. */
    public static TennisExact solve(TennisNetwork network, JobContext context) {
        return solve(network, defaultStep(network.k()), context);
    }

    /** Solves with the given grid step (smaller is more accurate; the cost grows as step^-3). */
    public static TennisExact solve(TennisNetwork network, double step, JobContext context) {
        int n = 2 * (int) Math.ceil(HALF_WIDTH / step) + 1;
        double h = 2 * HALF_WIDTH / (n - 1);
        double[] t = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = -HALF_WIDTH + i * h;
            w[i] = h * Math.exp(-0.5 * t[i] * t[i]) / Math.sqrt(2 * Math.PI);
        }
        double k = network.k();
        // beats[i][j] = P(skill t_i beats skill t_j)
        double[][] beats = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                beats[i][j] = TennisNetwork.sigmoid(k * (t[i] - t[j]));
            }
        }
        double[][] ab = factor(network, TennisMatch.A_VS_B, beats, n);
        double[][] bc = factor(network, TennisMatch.B_VS_C, beats, n);
        double[][] ac = factor(network, TennisMatch.A_VS_C, beats, n);

        double[] rowA = new double[n];
        double[] rowB = new double[n];
        double[] rowC = new double[n];
        for (int i = 0; i < n; i++) {
            context.checkCancelled();
            double[] abi = ab[i];
            double[] aci = ac[i];
            for (int j = 0; j < n; j++) {
                double base = w[i] * w[j] * abi[j];
                if (base == 0) {
                    continue;
                }
                double[] bcj = bc[j];
                double s = 0;
                for (int l = 0; l < n; l++) {
                    double term = w[l] * bcj[l] * aci[l];
                    s += term;
                    rowC[l] += base * term;
                }
                rowA[i] += base * s;
                rowB[j] += base * s;
            }
        }
        double evidence = 0;
        double numerator = 0;
        for (int i = 0; i < n; i++) {
            evidence += rowA[i];
            // q(t_i) = P(You beat a player of skill t_i), You's skill integrated out on the same grid.
            double q = 0;
            for (int y = 0; y < n; y++) {
                q += w[y] * beats[y][i];
            }
            numerator += rowA[i] * q;
        }
        double[][] densities = new double[Player.values().length][n];
        double[] means = new double[Player.values().length];
        double[][] rows = {rowA, rowB, rowC};
        for (int p = 0; p < 3; p++) {
            for (int i = 0; i < n; i++) {
                densities[p][i] = rows[p][i] / (evidence * h);
                means[p] += rows[p][i] * t[i] / evidence;
            }
        }
        for (int i = 0; i < n; i++) {
            densities[Player.YOU.ordinal()][i] = w[i] / h;
        }
        return new TennisExact(numerator / evidence, evidence, t, densities, means, h);
    }

    /** The pairwise factor of a match as a matrix over (first player's node, second player's node). */
    private static double[][] factor(TennisNetwork network, TennisMatch match, double[][] beats, int n) {
        Player winner = network.winnerOf(match);
        double[][] f = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (winner == null) {
                    f[i][j] = 1;
                } else if (winner == match.first()) {
                    f[i][j] = beats[i][j];
                } else {
                    f[i][j] = beats[j][i];
                }
            }
        }
        return f;
    }
}
