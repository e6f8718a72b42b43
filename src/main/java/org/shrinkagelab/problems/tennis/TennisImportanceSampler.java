package org.shrinkagelab.problems.tennis;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.shrinkagelab.engine.JobContext;

/**
 * Likelihood weighting: skills drawn from the prior, each draw weighted by the probability of the
 * observed matches, and P(You beat A) estimated as the weighted mean of sigmoid(k (S_You - S_A)).
 */
public final class TennisImportanceSampler {
    private static final int FIRST_CHECKPOINT = 50;
    private static final int CHECKPOINTS_PER_DECADE = 12;

    private TennisImportanceSampler() {
    }

    /** Draws {@code samples} skill vectors with the given seed and weights them. */
    public static TennisImportanceResult run(TennisNetwork network, int samples, long seed, JobContext context) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1, was " + samples);
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        int players = Player.values().length;
        double[][] skills = new double[players][samples];
        double[] weights = new double[samples];
        int[] checkpoints = checkpoints(samples);
        double[] runEst = new double[checkpoints.length];
        double[] runMcse = new double[checkpoints.length];
        // Running sums of w, w f, w^2, w^2 f, w^2 f^2 give the estimate and its MCSE at any n.
        double sw = 0;
        double swf = 0;
        double sw2 = 0;
        double sw2f = 0;
        double sw2f2 = 0;
        double[] s = new double[players];
        int next = 0;
        for (int i = 0; i < samples; i++) {
            if ((i & 0xFFF) == 0) {
                context.checkCancelled();
                context.progress((double) i / samples, "importance sampling");
            }
            for (int p = 0; p < players; p++) {
                s[p] = normal.sample();
                skills[p][i] = s[p];
            }
            double w = network.likelihood(s);
            double f = network.youBeatA(s);
            weights[i] = w;
            sw += w;
            swf += w * f;
            sw2 += w * w;
            sw2f += w * w * f;
            sw2f2 += w * w * f * f;
            if (next < checkpoints.length && i + 1 == checkpoints[next]) {
                double est = swf / sw;
                runEst[next] = est;
                runMcse[next] = mcse(est, sw, sw2, sw2f, sw2f2);
                next++;
            }
        }
        double estimate = swf / sw;
        return new TennisImportanceResult(estimate, mcse(estimate, sw, sw2, sw2f, sw2f2), effectiveSampleSize(weights),
                sw / samples, skills, weights, checkpoints, runEst, runMcse);
    }

    /**
     * Delta-method standard error of a self-normalized estimate: sqrt(sum w^2 (f - est)^2) / sum w,
     * expanded into running sums.
     */
    private static double mcse(double est, double sw, double sw2, double sw2f, double sw2f2) {
        double v = (sw2f2 - 2 * est * sw2f + est * est * sw2) / (sw * sw);
        return Math.sqrt(Math.max(v, 0));
    }

    /** Kish's effective sample size of importance weights, (sum w)^2 / sum w^2. */
    public static double effectiveSampleSize(double[] weights) {
        double s = 0;
        double s2 = 0;
        for (double w : weights) {
            s += w;
            s2 += w * w;
        }
        return s2 == 0 ? 0 : s * s / s2;
    }

    /** Sample sizes, evenly spaced on a log scale from 50 to n, ending at n. */
    static int[] checkpoints(int n) {
        List<Integer> list = new ArrayList<>();
        double ratio = Math.pow(10, 1.0 / CHECKPOINTS_PER_DECADE);
        for (double m = FIRST_CHECKPOINT; m < n; m *= ratio) {
            int c = (int) Math.round(m);
            if (list.isEmpty() || c > list.get(list.size() - 1)) {
                list.add(c);
            }
        }
        list.add(n);
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
