package org.shrinkagelab.problems.eightschools.mcmc;

import java.util.List;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.workbench.SliderPrior;
import org.shrinkagelab.workbench.TauPrior;
import org.shrinkagelab.workbench.TauPriorChoice;

/**
 * Eight Schools' priors as sliders: the tau prior's family and scale, mu's prior mean and sd, and the
 * population's family with the Student-t's degrees of freedom (disabled for a normal population), bound to the text options ({@code half-cauchy:2},
 * {@code normal:0,20}, {@code student-t:4}) the command line takes. Ranges are for effects of order 10 points.
 */
public final class PriorSliders {
    /** Scale of the tau prior (meaning depends on the family, see {@link TauPriorChoice}). */
    public static final String TAU_SCALE = "tau-scale";
    /** Prior mean of mu. */
    public static final String MU_MEAN = "mu-mean";
    /** Prior sd of mu. */
    public static final String MU_SD = "mu-sd";
    /** The population's family: normal or student-t. */
    public static final String POPULATION_FAMILY = "population-family";
    /** Degrees of freedom of the Student-t population. */
    public static final String NU = "nu";

    private PriorSliders() {
    }

    /** The priors, their sliders in the order shown: tau scale, mu mean, mu sd, population, population nu. */
    public static List<SliderPrior> priors() {
        return List.of(
                SliderPrior.tau(McmcSettings.TAU_PRIOR, "tau prior family", List.of(TauPrior.Family.values()),
                        ParameterSpec.real(TAU_SCALE, "tau prior scale", 0.1, 100, 2).logScale(),
                        TauPriorChoice::defaultScale),
                SliderPrior.normalMu(McmcSettings.MU_PRIOR, ParameterSpec.real(MU_MEAN, "mu prior mean", -50, 50, 0),
                        ParameterSpec.real(MU_SD, "mu prior sd", 0.5, 1000, 20).logScale()),
                SliderPrior.population(McmcSettings.POPULATION, POPULATION_FAMILY, "population",
                        ParameterSpec.real(NU, "population nu", 1, 100, 4).logScale()));
    }
}
