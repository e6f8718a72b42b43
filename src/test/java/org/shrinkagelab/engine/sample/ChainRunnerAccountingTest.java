package org.shrinkagelab.engine.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.RecordingContext;
import org.shrinkagelab.engine.model.LogDensity;

/**
 * What a chain accounts for besides its draws: divergences of warmup and sampling counted apart, progress
 * reported once per percent with the fraction its message states, the chain's elapsed and CPU times, the
 * live record of warmup, the unadapted step size of a run without warmup, and Stan's random inits.
 */
class ChainRunnerAccountingTest {
    private static final Pattern SAMPLING = Pattern.compile("sampling (\\d+)/(\\d+)(, (\\d+) divergent)?"
            + "( \\(warmup: (\\d+)\\))?");
    private static final Pattern WARMUP = Pattern.compile("warmup (\\d+)/(\\d+).*");

    @Test
    void divergencesOfWarmupAndSamplingAreCountedApart() {
        boolean firstDrawDivergentSeen = false;
        for (long seed = 1; seed <= 6; seed++) {
            RecordingContext progress = new RecordingContext();
            SamplerRun run = ChainRunner.run(TestDensities.cliff(2000), SamplerSettings.nuts(1, 150, 150, seed),
                    progress);
            double[] divergent = run.draws().stat("divergent__")[0];
            int sampling = 0;
            for (double d : divergent) {
                sampling += (int) d;
            }
            firstDrawDivergentSeen |= divergent[0] != 0;
            Matcher m = SAMPLING.matcher(progress.messages().get(progress.messages().size() - 1));
            assertTrue(m.matches(), progress.messages().get(progress.messages().size() - 1));
            assertTrue(sampling > 0, "seed " + seed + ": the cliff gives divergences");
            assertEquals(sampling, Integer.parseInt(m.group(4)), "seed " + seed + ": sampling divergences");
            // Warmup divergences are not kept as draws: they must be positive here, and are counted apart.
            assertTrue(m.group(6) != null && Integer.parseInt(m.group(6)) > 0, "seed " + seed + ": " + m.group());
        }
        assertTrue(firstDrawDivergentSeen, "some seed's first kept draw diverged, the boundary between the phases");
    }

    @Test
    void progressIsReportedOncePerPercentWithTheFractionItsMessageStates() {
        RecordingContext progress = new RecordingContext();
        int warmup = 130;
        int draws = 170;
        int total = warmup + draws;
        ChainRunner.run(TestDensities.standardNormal(2), SamplerSettings.nuts(1, warmup, draws, 3), progress);
        assertEquals(101, progress.messages().size(), "one report per percent (0 to 100) of 300 iterations");
        int previous = 0;
        for (int r = 0; r < progress.messages().size(); r++) {
            String message = progress.messages().get(r);
            Matcher w = WARMUP.matcher(message);
            Matcher s = SAMPLING.matcher(message);
            int done;
            if (w.matches()) {
                done = Integer.parseInt(w.group(1));
                assertEquals(warmup, Integer.parseInt(w.group(2)));
            } else {
                assertTrue(s.matches(), message);
                done = warmup + Integer.parseInt(s.group(1));
                assertEquals(draws, Integer.parseInt(s.group(2)));
                assertTrue(done > warmup, "iteration " + done + " of " + warmup + " warmup: " + message);
            }
            assertEquals(done / (double) total, progress.fractions().get(r), 1e-15, message);
            // Each report is the first iteration of its percent (the first iteration opens percent 0).
            assertTrue(done == 1 || 100 * done / total > 100 * (done - 1) / total, message);
            assertTrue(done > previous, message);
            previous = done;
        }
        assertEquals(total, previous);
        assertEquals("warmup 130/130", ChainRunner.progressMessage(130, 130, 170, 0, 0));
    }

    @Test
    void chainTimesAreElapsedAndCpuSecondsOfTheChain() throws Exception {
        // The chains run on a thread that has already used 0.1 s of CPU, so a chain's CPU time is a difference.
        AtomicReference<SamplerRun> result = new AtomicReference<>();
        double[] wall = new double[1];
        Thread thread = new Thread(() -> {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            while (threads.getCurrentThreadCpuTime() < 100_000_000L) {
                Thread.onSpinWait();
            }
            long start = System.nanoTime();
            result.set(ChainRunner.run(TestDensities.standardNormal(5), SamplerSettings.nuts(2, 200, 200, 5),
                    JobContext.none()));
            wall[0] = (System.nanoTime() - start) / 1e9;
        });
        thread.start();
        thread.join();
        SamplerRun run = result.get();
        double sum = 0;
        for (int c = 0; c < 2; c++) {
            double seconds = run.chainSeconds()[c];
            double cpu = run.chainCpuSeconds()[c];
            assertTrue(seconds > 0 && seconds <= wall[0], "chain " + c + " elapsed " + seconds + " of " + wall[0]);
            // A chain runs on one thread: its CPU time cannot exceed its elapsed time (timer granularity aside).
            assertTrue(cpu > 0 && cpu <= seconds + 0.02, "chain " + c + " cpu " + cpu + " of " + seconds);
            sum += seconds;
        }
        assertTrue(sum <= wall[0], "chains run one after another here: " + sum + " of " + wall[0]);
    }

    @Test
    void liveDrawsRecordTheWarmupPositions() {
        LogDensity target = TestDensities.gaussian2d(3, -3, 1, 1, 0);
        LiveDraws live = new LiveDraws(target.outputNames(), 1, 400, 100);
        ChainRunner.run(target, SamplerSettings.nuts(1, 400, 100, 11), JobContext.none(), live);
        double[] warmup = Arrays.copyOf(live.snapshot("x[1]").chains()[0], 400);
        double mean = 0;
        for (int it = 100; it < 400; it++) {
            mean += warmup[it] / 300;
        }
        // NUTS draws of N(3, 1) are nearly independent: 300 of them give the mean within 4 / sqrt(300) of 3.
        assertEquals(3, mean, 4 / Math.sqrt(300));
    }

    @Test
    void withoutWarmupTheStepSizeIsTheInitialSearchsUnadapted() {
        LogDensity narrow = TestDensities.gaussian2d(0, 0, 0.01, 0.02, 0);
        UniformRandomProvider rng = ChainStreams.stream(8, 0);
        Nuts reference = new Nuts(narrow, rng, 0.8, 10);
        reference.initialize(ChainRunner.initialPoint(narrow, rng));
        SamplerRun run = ChainRunner.run(narrow, SamplerSettings.nuts(1, 0, 5, 8), JobContext.none());
        assertEquals(reference.stepSize(), run.stepSizes()[0]);
        assertTrue(run.stepSizes()[0] < 0.1, "the search scaled the step to the target: " + run.stepSizes()[0]);
    }

    @Test
    void initialValuesAreUniformOnMinusTwoToTwo() {
        LogDensity flat = TestDensities.standardNormal(3);
        UniformRandomProvider rng = ChainStreams.stream(4, 0);
        int n = 3000;
        double sum = 0;
        double sumSq = 0;
        for (int k = 0; k < n; k++) {
            for (double x : ChainRunner.initialPoint(flat, rng)) {
                assertTrue(x > -2 && x < 2, "init " + x);
                sum += x;
                sumSq += x * x;
            }
        }
        int m = 3 * n;
        // U(-2, 2): mean 0, sd 2/sqrt(3); E x^2 = 4/3 with sd sqrt(16/5 - 16/9).
        assertEquals(0, sum / m, 4 * 2 / Math.sqrt(3 * m));
        assertEquals(4.0 / 3, sumSq / m, 4 * Math.sqrt(16.0 / 5 - 16.0 / 9) / Math.sqrt(m));
    }

    @Test
    void initsAreTriedExactlyStansHundredTimes() {
        int[] calls = {0};
        LogDensity nowhere = TestDensities.nowhere(calls);
        assertThrows(IllegalStateException.class, () -> ChainRunner.initialPoint(nowhere, ChainStreams.stream(1, 0)));
        assertEquals(100, calls[0]);
    }
}
