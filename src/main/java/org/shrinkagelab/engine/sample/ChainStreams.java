package org.shrinkagelab.engine.sample;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Random streams for chains: chain c of a run with seed s draws from a stream that depends on
 * (s, c) only, so results are the same whatever the number of threads.
 */
public final class ChainStreams {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private ChainStreams() {
    }

    /** The stream of chain {@code chain} (0-based) under {@code seed}. */
    public static UniformRandomProvider stream(long seed, int chain) {
        // Both words come from bijective SplitMix64 finalizers, so distinct (seed, chain) pairs give distinct states.
        long s0 = mix(seed + GOLDEN);
        long s1 = mix(s0 + GOLDEN * (chain + 1L));
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {s0, s1});
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
