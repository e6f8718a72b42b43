package org.shrinkagelab.problems.asteroids;

import java.nio.file.Path;
import java.util.List;
import org.shrinkagelab.data.AsteroidsData;
import org.shrinkagelab.data.DataFormatException;
import org.shrinkagelab.engine.sample.SamplerSettings;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.SamplerOptions;
import org.shrinkagelab.workbench.TauPrior;

/**
 * The asteroid problem's options read into a model and a sampler.
 *
 * @param model    the model, on the (subsampled) data
 * @param all      every asteroid of the data file, before subsampling
 * @param perClass      asteroids kept per class (0: all)
 * @param subsampleSeed the subsample's seed
 * @param sampler       the sampler settings
 */
public record AsteroidsSettings(AsteroidsModel model, AsteroidsData all, int perClass, long subsampleSeed,
                                SamplerSettings sampler) {
    /** Option: which model. */
    public static final String MODEL = "model";
    /** Option: asteroids per class in the seeded subsample (0: every asteroid). */
    public static final String PER_CLASS = "per-class";
    /** Option: the subsample's seed. */
    public static final String SUBSAMPLE_SEED = "subsample-seed";
    /** Option: prior of mu_0. */
    public static final String MU0_PRIOR = "mu0-prior";
    /** Option: prior of tau. */
    public static final String TAU_PRIOR = "tau-prior";
    /** Option: the population of the class spreads. */
    public static final String SIGMA_POPULATION = "sigma-population";
    /** Option: prior of the spread population's scale. */
    public static final String SIGMA_SCALE_PRIOR = "sigma-scale-prior";
    /** Option: a CSV file of asteroids (empty: the bundled data). */
    public static final String DATA = "data";
    /** Option: also fit every model and compare them by PSIS-LOO. */
    public static final String COMPARE = "compare";
    /** Default asteroids per class (196 in all): enough for the main belt's two peaks to show. */
    public static final int DEFAULT_PER_CLASS = 50;
    /** Default subsample seed. */
    public static final long DEFAULT_SUBSAMPLE_SEED = 2026;

    /** The parameterization's help, shown in its tooltip. */
    static final String PARAMETERIZATION_HELP = "by-class, the default for the subsample and the full data alike: each"
            + " class mean is sampled around its posterior given the class spread, and a class of "
            + ClassParameterization.CENTERED_FROM + " or more asteroids has its log spread centered, a smaller one"
            + " non-centered (the mixture has no class-level means or spreads: its components are shared). Every class centered funnels at the one- and two-asteroid"
            + " classes (divergences); every class non-centered starves the main belt's 1,966 (tiny steps, minutes"
            + " for the full data).";

    /** The model's options. */
    static List<ParameterSpec> modelSpecs() {
        return List.of(
                ParameterSpec.choice(MODEL, "Model", List.of("pooled", "independent", "hierarchical", "mixture"),
                        "hierarchical"),
                ParameterSpec.integer(PER_CLASS, "Asteroids per class (0 = all)", 0, 2000, DEFAULT_PER_CLASS),
                ParameterSpec.integer(SUBSAMPLE_SEED, "Subsample seed", 0, ParameterSpec.MAX_SEED,
                        DEFAULT_SUBSAMPLE_SEED),
                // By class by default: every class centered funnels where a class has few asteroids (4 chains of
                // 1000 at 5 per class: 458 divergences centered, 34 non-centered), every class non-centered starves
                // the main belt (full data: step size 0.03, 398 s against 38 s centered).
                ParameterSpec.choice(SamplerOptions.PARAMETERIZATION, "Parameterization", ClassParameterization.IDS,
                        ClassParameterization.BY_CLASS.id()).help(PARAMETERIZATION_HELP),
                ParameterSpec.text(MU0_PRIOR, "Prior on mu_0 (mixture: mu_dark)", "normal:M,S (S > 0)", "normal:-2,1",
                        AsteroidsSettings::properMu),
                ParameterSpec.text(TAU_PRIOR, "Prior on tau", TauPrior.ALLOWED, "half-normal:1", TauPrior::parse),
                ParameterSpec.choice(SIGMA_POPULATION, "Population of sigma_class", List.of("lognormal", "half-normal"),
                        "lognormal"),
                ParameterSpec.text(SIGMA_SCALE_PRIOR, "Prior on the spreads' scale", TauPrior.ALLOWED,
                        "half-normal:1", TauPrior::parse),
                ParameterSpec.text(DATA, "Data file (empty = bundled)", "a CSV path or empty", "", t -> t));
    }

    private static MuPrior properMu(String text) {
        MuPrior p = MuPrior.parse(text);
        if (p.isFlat()) {
            throw new IllegalArgumentException("mu_0 prior '" + text + "': a proper normal:M,S is needed");
        }
        return p;
    }

    /** Reads the options. */
    public static AsteroidsSettings from(Settings s) {
        AsteroidsData all = load(s.text(DATA));
        int perClass = s.integer(PER_CLASS);
        long seed = s.longValue(SUBSAMPLE_SEED);
        AsteroidsData data = perClass == 0 ? all : all.subsample(perClass, seed);
        return new AsteroidsSettings(model(s, AsteroidsModel.Kind.parse(s.text(MODEL)), data), all, perClass, seed,
                SamplerOptions.samplerSettings(s));
    }

    /** The model of the given kind under the options' priors, on {@code data}. */
    static AsteroidsModel model(Settings s, AsteroidsModel.Kind kind, AsteroidsData data) {
        return new AsteroidsModel(kind, data, ClassParameterization.parse(s.text(SamplerOptions.PARAMETERIZATION)),
                properMu(s.text(MU0_PRIOR)), TauPrior.parse(s.text(TAU_PRIOR)),
                AsteroidsModel.SigmaPopulation.parse(s.text(SIGMA_POPULATION)),
                TauPrior.parse(s.text(SIGMA_SCALE_PRIOR)), null);
    }

    private static AsteroidsData load(String file) {
        if (file == null || file.isBlank()) {
            return AsteroidsData.bundled();
        }
        try {
            return AsteroidsData.read(Path.of(file));
        } catch (DataFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The same options for another model. */
    public AsteroidsSettings withKind(AsteroidsModel.Kind kind) {
        return new AsteroidsSettings(model.withKind(kind), all, perClass, subsampleSeed, sampler);
    }
}
