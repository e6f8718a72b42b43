package org.shrinkagelab.workbench;

import java.util.List;
import org.shrinkagelab.engine.sample.SamplerKind;
import org.shrinkagelab.engine.sample.SamplerSettings;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Settings;

/**
 * The options every workbench problem shares, as the command line spells them: the sampler's own
 * (sampler, chains, warmup, draws, adapt-delta, seed) and the parameterization of each group level.
 * A tab shows the sampler's as a plain parameter panel and writes the others from friendlier controls.
 */
public final class SamplerOptions {
    /** centered or noncentered, for a problem with one group level. */
    public static final String PARAMETERIZATION = "parameterization";
    /** nuts, hmc or rwm. */
    public static final String SAMPLER = "sampler";
    /** Number of chains. */
    public static final String CHAINS = "chains";
    /** Warmup iterations per chain. */
    public static final String WARMUP = "warmup";
    /** Kept draws per chain. */
    public static final String DRAWS = "draws";
    /** Target acceptance of the step-size adaptation. */
    public static final String ADAPT_DELTA = "adapt-delta";
    /** Seed. */
    public static final String SEED = "seed";

    /** The options of the sampler itself, shown as a plain parameter panel in the tab. */
    public static final List<String> SAMPLER_OPTIONS = List.of(SAMPLER, CHAINS, WARMUP, DRAWS, ADAPT_DELTA, SEED);

    /** Chains of the quick run shown while a slider is dragged. */
    public static final int PREVIEW_CHAINS = 2;
    /** Warmup and draws per chain of the quick run. */
    public static final int PREVIEW_ITERATIONS = 200;

    private SamplerOptions() {
    }

    /** The sampler's specs with their defaults: NUTS, 4 chains of 1000 warmup iterations and 1000 draws, 0.8, seed 1. */
    public static List<ParameterSpec> sampler() {
        return List.of(
                ParameterSpec.choice(SAMPLER, "Sampler", List.of("nuts", "hmc", "rwm"), "nuts"),
                ParameterSpec.integer(CHAINS, "Chains", 1, 16, 4),
                ParameterSpec.integer(WARMUP, "Warmup iterations", 0, 100_000, 1000),
                ParameterSpec.integer(DRAWS, "Draws per chain", 10, 100_000, 1000),
                ParameterSpec.real(ADAPT_DELTA, "Target acceptance", 0.5, 0.999, 0.8)
                        .help("Stan's adapt_delta: the mean acceptance probability the warmup's step-size "
                                + "adaptation aims at. Higher: smaller steps, fewer divergences, slower sampling."),
                ParameterSpec.seed(1));
    }

    /**
     * The parameterization option of a group level: {@code parameterization} when {@code level} is null
     * (a problem with one level), else {@code parameterization-LEVEL}.
     */
    public static ParameterSpec parameterization(String level, Parameterization byDefault) {
        String name = level == null ? PARAMETERIZATION : PARAMETERIZATION + "-" + level;
        String label = level == null ? "Parameterization" : "Parameterization of " + level;
        return ParameterSpec.choice(name, label, List.of("centered", "noncentered"), byDefault.toString());
    }

    /** The label of a sampler option as the window shows it (e.g. "Target acceptance" for adapt-delta). */
    public static String label(String option) {
        return only(sampler(), List.of(option)).get(0).label();
    }

    /** The sampler settings of the options in force. */
    public static SamplerSettings samplerSettings(Settings s) {
        return SamplerSettings.of(SamplerKind.parse(s.text(SAMPLER)), s.integer(CHAINS), s.integer(WARMUP),
                s.integer(DRAWS), s.longValue(SEED)).withAdaptDelta(s.real(ADAPT_DELTA));
    }

    /** The same sampler with at most 2 chains of 200 warmup iterations and 200 draws, for previews. */
    public static SamplerSettings preview(SamplerSettings s) {
        return new SamplerSettings(s.kind(), Math.min(PREVIEW_CHAINS, s.chains()),
                Math.min(PREVIEW_ITERATIONS, s.warmup()), Math.min(PREVIEW_ITERATIONS, s.draws()), s.seed(),
                s.adaptDelta(), s.maxTreeDepth(), s.integrationTime());
    }

    /** The specs among {@code all} whose names are listed, in the listed order. */
    public static List<ParameterSpec> only(List<ParameterSpec> all, List<String> names) {
        return names.stream().map(n -> all.stream().filter(p -> p.name().equals(n)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no option --" + n))).toList();
    }
}
