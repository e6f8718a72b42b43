package org.shrinkagelab.engine.sample;

/**
 * What a sampler run does: which sampler, how many chains and iterations, the seed and the
 * adaptation target.
 *
 * @param kind            the sampler
 * @param chains          number of chains, at least 1
 * @param warmup          warmup (adaptation) iterations per chain, not kept
 * @param draws           kept iterations per chain, at least 1
 * @param seed            the seed; chain c draws from a stream derived from (seed, c) only
 * @param adaptDelta      target mean acceptance statistic of the step-size adaptation (HMC and NUTS), in (0, 1)
 * @param maxTreeDepth    largest NUTS tree depth (Stan's max_depth), 1 to 20
 * @param integrationTime static HMC's integration time (step size times number of leapfrog steps), positive
 */
public record SamplerSettings(SamplerKind kind, int chains, int warmup, int draws, long seed, double adaptDelta,
                              int maxTreeDepth, double integrationTime) {

    /** Stan's default tree depth limit. */
    public static final int DEFAULT_MAX_TREE_DEPTH = 10;
    /** Static HMC's default integration time: a quarter period of a unit Gaussian, so draws decorrelate. */
    public static final double DEFAULT_INTEGRATION_TIME = Math.PI / 2;

    /** Checks the ranges, naming the setting that is out of range. */
    public SamplerSettings {
        if (kind == null) {
            throw new IllegalArgumentException("sampler kind is missing");
        }
        require(chains >= 1 && chains <= 1024, "chains", chains, "1 to 1024");
        require(warmup >= 0, "warmup", warmup, "0 or more");
        require(draws >= 1, "draws", draws, "1 or more");
        require(adaptDelta > 0 && adaptDelta < 1, "adapt-delta", adaptDelta, "strictly between 0 and 1");
        require(maxTreeDepth >= 1 && maxTreeDepth <= 20, "max-tree-depth", maxTreeDepth, "1 to 20");
        require(integrationTime > 0 && Double.isFinite(integrationTime), "integration-time", integrationTime,
                "a positive number");
    }

    /** NUTS with Stan's defaults (adapt delta 0.8, tree depth 10). */
    public static SamplerSettings nuts(int chains, int warmup, int draws, long seed) {
        return of(SamplerKind.NUTS, chains, warmup, draws, seed);
    }

    /** The given sampler with default adaptation target, tree depth and integration time. */
    public static SamplerSettings of(SamplerKind kind, int chains, int warmup, int draws, long seed) {
        return new SamplerSettings(kind, chains, warmup, draws, seed, 0.8, DEFAULT_MAX_TREE_DEPTH,
                DEFAULT_INTEGRATION_TIME);
    }

    /** A copy with another adaptation target. */
    public SamplerSettings withAdaptDelta(double delta) {
        return new SamplerSettings(kind, chains, warmup, draws, seed, delta, maxTreeDepth, integrationTime);
    }

    /** A copy with another maximum tree depth. */
    public SamplerSettings withMaxTreeDepth(int depth) {
        return new SamplerSettings(kind, chains, warmup, draws, seed, adaptDelta, depth, integrationTime);
    }

    /** A copy with another static-HMC integration time. */
    public SamplerSettings withIntegrationTime(double time) {
        return new SamplerSettings(kind, chains, warmup, draws, seed, adaptDelta, maxTreeDepth, time);
    }

    private static void require(boolean ok, String name, Object value, String allowed) {
        if (!ok) {
            throw new IllegalArgumentException(name + " " + value + " is not allowed: expected " + allowed);
        }
    }
}
