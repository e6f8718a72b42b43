package org.shrinkagelab.engine.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.shrinkagelab.engine.CancelledException;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;
import org.shrinkagelab.engine.model.LogDensity;
import org.shrinkagelab.engine.model.PriorPredictive;
import org.shrinkagelab.engine.sample.ChainRunner;
import org.shrinkagelab.engine.sample.ChainStreams;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.engine.sample.SamplerSettings;

/**
 * Simulation-based calibration (Talts, Betancourt, Simpson, Vehtari and Gelman 2018): for each replication,
 * draw parameters from the prior and data given them, fit the model to the data, thin the draws to near
 * independence (stride ceil(S / min bulk ESS), then L draws), and rank each true value among them. If the fit is
 * right, every parameter's ranks are uniform on 0..L. Replications run as parallel parts of the job; replication
 * r draws from a stream depending only on (seed, r), so the ranks do not depend on the number of threads.
 */
public final class SimulationBasedCalibration {
    private SimulationBasedCalibration() {
    }

    /**
     * What to run.
     *
     * @param replications number of simulated datasets, at least 1
     * @param seed         the seed of the whole run
     * @param drawsPerFit  L, the thinned draws a truth is ranked among (99 gives ranks 0..99, 100 values)
     * @param fit          how each replication is fitted; its seed is replaced by one drawn for the replication
     */
    public record Settings(int replications, long seed, int drawsPerFit, SamplerSettings fit) {
        /** Checks the ranges, naming the setting that is out of range. */
        public Settings {
            Objects.requireNonNull(fit, "fit settings");
            if (replications < 1) {
                throw new IllegalArgumentException("replications " + replications + " is not allowed: expected 1 or more");
            }
            if (drawsPerFit < 1 || drawsPerFit > fit.chains() * fit.draws()) {
                throw new IllegalArgumentException("draws-per-fit " + drawsPerFit + " is not allowed: expected 1 to "
                        + "the fit's chains x draws (" + fit.chains() * fit.draws() + ")");
            }
        }
    }

    /** How a replication's model is fitted: draws of its outputs (sampler statistics optional). */
    @FunctionalInterface
    public interface Fitter {
        /** Fits the model with the given seed; the draws are marked incomplete if the job was cancelled. */
        Draws fit(LogDensity model, long seed, JobContext part);
    }

    /** One replication's ranks, and what the fit said about itself. */
    private record Replication(List<String> names, int[] ranks, boolean lowEss, boolean divergent) {
    }

    /** Runs the replications, each fitted by the sampler of {@code settings.fit()} through ChainRunner. */
    public static SbcResult run(PriorPredictive model, Settings settings, JobContext context) {
        SamplerSettings f = settings.fit();
        return run(model, settings, (density, seed, part) -> ChainRunner.run(density, new SamplerSettings(f.kind(),
                f.chains(), f.warmup(), f.draws(), seed, f.adaptDelta(), f.maxTreeDepth(), f.integrationTime()),
                part).draws(), context);
    }

    /** Runs the replications with the given fitter; a cancelled run keeps the replications finished, marked incomplete. */
    public static SbcResult run(PriorPredictive model, Settings settings, Fitter fitter, JobContext context) {
        List<PartTask<Replication>> parts = new ArrayList<>(settings.replications());
        for (int r = 0; r < settings.replications(); r++) {
            int replication = r;
            parts.add(part -> replicate(model, settings, fitter, replication, part));
        }
        List<Replication> done = context.parallel(parts).stream().filter(Objects::nonNull).toList();
        if (done.isEmpty()) {
            throw new CancelledException();
        }
        List<String> names = done.get(0).names();
        int[][] ranks = new int[names.size()][done.size()];
        int lowEss = 0;
        int divergent = 0;
        for (int r = 0; r < done.size(); r++) {
            for (int p = 0; p < names.size(); p++) {
                ranks[p][r] = done.get(r).ranks()[p];
            }
            lowEss += done.get(r).lowEss() ? 1 : 0;
            divergent += done.get(r).divergent() ? 1 : 0;
        }
        List<RankUniformity.Test> tests = new ArrayList<>();
        for (int[] parameterRanks : ranks) {
            tests.add(RankUniformity.test(parameterRanks, settings.drawsPerFit()));
        }
        return new SbcResult(names, ranks, settings.drawsPerFit(), tests, lowEss, divergent,
                done.size() == settings.replications());
    }

    /** Simulates, fits and ranks one replication; null if the job was cancelled meanwhile. */
    private static Replication replicate(PriorPredictive model, Settings settings, Fitter fitter, int replication,
            JobContext part) {
        if (part.isCancelled()) {
            return null;
        }
        UniformRandomProvider rng = ChainStreams.stream(settings.seed(), replication);
        PriorPredictive.Simulated simulated = model.simulate(rng);
        Draws draws = fitter.fit(simulated.model(), rng.nextLong(), part);
        if (!draws.complete()) {
            return null;
        }
        List<String> names = draws.parameters();
        double minEss = Double.POSITIVE_INFINITY;
        for (String name : names) {
            double ess = Diagnostics.essBulk(draws.parameter(name));
            // a parameter with no variation (NaN ESS) does not constrain the thinning
            if (!Double.isNaN(ess)) {
                minEss = Math.min(minEss, ess);
            }
        }
        int total = draws.chains() * draws.draws(0);
        int keep = settings.drawsPerFit();
        int stride = (int) Math.max(1, Math.ceil(total / minEss));
        boolean lowEss = (long) stride * keep > total;
        if (lowEss) {
            stride = total / keep;
        }
        int[] ranks = new int[names.size()];
        for (int p = 0; p < names.size(); p++) {
            ranks[p] = rank(simulated.truth()[p], thinned(draws.parameter(names.get(p)), stride, keep));
        }
        part.progress(1, String.format(Locale.ROOT, "replication %d/%d done", replication + 1,
                settings.replications()));
        return new Replication(names, ranks, lowEss, Diagnostics.divergences(draws) > 0);
    }

    /** Every stride-th draw of the chains laid end to end, the first {@code keep} of them. */
    static double[] thinned(double[][] chains, int stride, int keep) {
        int perChain = chains[0].length;
        double[] out = new double[keep];
        for (int i = 0; i < keep; i++) {
            long index = (long) i * stride;
            out[i] = chains[(int) (index / perChain)][(int) (index % perChain)];
        }
        return out;
    }

    /** The rank of the truth among the draws: how many draws are below it, 0..draws.length. */
    public static int rank(double truth, double[] draws) {
        int below = 0;
        for (double d : draws) {
            if (d < truth) {
                below++;
            }
        }
        return below;
    }
}
