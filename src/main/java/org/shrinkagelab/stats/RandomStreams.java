package org.shrinkagelab.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/** Independent, reproducible random streams from one visible seed. */
public final class RandomStreams {
    private RandomStreams() {
    }

    /**
     * {@code count} streams of xoroshiro128++ seeded with {@code seed}, each 2^64 draws apart, so
     * that drawing more from one stream never changes what another stream gives.
     */
    public static List<UniformRandomProvider> independent(long seed, int count) {
        JumpableUniformRandomProvider base =
                (JumpableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        List<UniformRandomProvider> streams = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            streams.add(base.jump());
        }
        return streams;
    }
}
