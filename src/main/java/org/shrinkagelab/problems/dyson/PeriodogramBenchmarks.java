package org.shrinkagelab.problems.dyson;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.shrinkagelab.engine.BlockingRun;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.problems.BenchmarkCase;
import org.shrinkagelab.stats.FrequencyGrid;
import org.shrinkagelab.stats.LombScargle;
import org.shrinkagelab.stats.PeriodogramNormalization;
import org.shrinkagelab.stats.RandomStreams;

/**
 * The {@code bench periodogram} cases: the exact periodogram of N noisy sinusoid points over a
 * 120-day baseline at M evenly spaced frequencies from 0.01 to 5 per day, on all cores; the
 * headline case N = 1000, M = 10,000 (also on one thread), and growth in N and in M.
 */
public final class PeriodogramBenchmarks {
    private PeriodogramBenchmarks() {
    }

    /** The cases, named {@code exact-NxM}. */
    public static List<BenchmarkCase> cases() {
        List<BenchmarkCase> cases = new ArrayList<>();
        cases.add(allCores(1000, 10_000));
        LombScargle headline = data(1000);
        FrequencyGrid headlineGrid = FrequencyGrid.linspace(0.01, 5, 10_000);
        cases.add(BenchmarkCase.timing("exact-1000x10000-1thread",
                ctx -> headline.power(headlineGrid, PeriodogramNormalization.STANDARD, JobContext.none())));
        for (int n : new int[] {100, 10_000}) {
            cases.add(allCores(n, 10_000));
        }
        for (int m : new int[] {1000, 100_000}) {
            cases.add(allCores(1000, m));
        }
        return cases;
    }

    private static BenchmarkCase allCores(int n, int m) {
        LombScargle ls = data(n);
        FrequencyGrid grid = FrequencyGrid.linspace(0.01, 5, m);
        return BenchmarkCase.timing("exact-" + n + "x" + m, ctx -> BlockingRun.onAllCores("periodogram",
                job -> ls.power(grid, PeriodogramNormalization.STANDARD, job)));
    }

    /** n points at uniform random times over 120 days: a sinusoid of frequency 0.8 per day plus noise. */
    static LombScargle data(int n) {
        UniformRandomProvider rng = RandomStreams.independent(20261201L, 1).get(0);
        double[] t = new double[n];
        double[] y = new double[n];
        double[] dy = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 120 * rng.nextDouble();
            dy[i] = 0.8 + 0.4 * rng.nextDouble();
            y[i] = 100 + Math.sin(2 * Math.PI * 0.8 * t[i]) + dy[i] * (rng.nextDouble() - 0.5) * 3.4;
        }
        return new LombScargle(t, y, dy);
    }
}
