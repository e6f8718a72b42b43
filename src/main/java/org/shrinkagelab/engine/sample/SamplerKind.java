package org.shrinkagelab.engine.sample;

import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.shrinkagelab.engine.model.LogDensity;

/** The samplers a run can use, named as on the command line. */
public enum SamplerKind {
    /** The no-U-turn sampler as Stan runs it. */
    NUTS,
    /** Hamiltonian Monte Carlo with a fixed integration time. */
    HMC,
    /** Random-walk Metropolis with an adapted Gaussian proposal. */
    RWM;

    /** The lower-case name used on the command line ({@code nuts}, {@code hmc}, {@code rwm}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind with this command-line name, or an error naming the allowed names. */
    public static SamplerKind parse(String id) {
        for (SamplerKind k : values()) {
            if (k.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown sampler '" + id + "'; allowed: nuts, hmc, rwm");
    }

    /** Names of the per-draw statistics this sampler records, in column order. */
    public List<String> statNames() {
        return switch (this) {
            case NUTS -> Draws.STAN_STATS;
            case HMC -> StaticHmc.STATS;
            case RWM -> RandomWalkMetropolis.STATS;
        };
    }

    /** Creates one chain's sampler of this kind on the model, drawing randomness from {@code rng}. */
    ChainSampler create(LogDensity model, SamplerSettings settings, UniformRandomProvider rng) {
        return switch (this) {
            case NUTS -> new Nuts(model, rng, settings.adaptDelta(), settings.maxTreeDepth());
            case HMC -> new StaticHmc(model, rng, settings.adaptDelta(), settings.integrationTime());
            case RWM -> new RandomWalkMetropolis(model, rng);
        };
    }
}
