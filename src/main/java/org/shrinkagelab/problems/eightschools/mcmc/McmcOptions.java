package org.shrinkagelab.problems.eightschools.mcmc;

import java.util.List;
import org.shrinkagelab.problems.ParameterSpec;

/**
 * The problem's option names as the command line spells them ({@link EightSchoolsMcmcProblem#parameters()}):
 * the tab's friendlier controls for the priors and the parameterization write these same options.
 */
public final class McmcOptions {
    /** Tau hyperprior, text such as half-cauchy:2. */
    public static final String TAU_PRIOR = "tau-prior";
    /** Prior of mu, text such as normal:0,20. */
    public static final String MU_PRIOR = "mu-prior";
    /** Population distribution, normal or student-t:NU. */
    public static final String POPULATION = "population";
    /** centered or noncentered. */
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

    private McmcOptions() {
    }

    /** The specs among {@code all} whose names are listed, in the listed order. */
    public static List<ParameterSpec> only(List<ParameterSpec> all, List<String> names) {
        return names.stream().map(n -> all.stream().filter(p -> p.name().equals(n)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no option --" + n))).toList();
    }
}
