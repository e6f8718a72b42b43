package org.shrinkagelab.problems.eightschools.mcmc;

import org.shrinkagelab.workbench.TauPriorChoice;
import org.shrinkagelab.workbench.Population;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.TauPrior;
import java.util.List;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Settings;

/**
 * The priors' numbers as sliders: the tau prior's scale, mu's prior mean and sd, the population's
 * family and the Student-t population's degrees of freedom (disabled for a normal population, where it
 * has no effect). They translate to and from the text options ({@code half-cauchy:2}, {@code normal:0,20},
 * {@code student-t:4}) the command line takes.
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
    private static final String STUDENT_T = "student-t";

    private PriorSliders() {
    }

    /** The slider specs. */
    public static List<ParameterSpec> specs() {
        return List.of(
                ParameterSpec.real(TAU_SCALE, "tau prior scale", 0.1, 100, 2).logScale(),
                ParameterSpec.real(MU_MEAN, "mu prior mean", -50, 50, 0),
                ParameterSpec.real(MU_SD, "mu prior sd", 0.5, 1000, 20).logScale(),
                ParameterSpec.choice(POPULATION_FAMILY, "population", List.of("normal", STUDENT_T), "normal"),
                ParameterSpec.real(NU, "population nu", 1, 100, 4).logScale()
                        .enabledWhen(s -> STUDENT_T.equals(s.text(POPULATION_FAMILY)),
                                "a normal population has no degrees of freedom; choose the student-t population"));
    }

    /** Slider values matching the problem's settings (texts that sliders cannot show keep the defaults). */
    public static Settings fromOptions(Settings options) {
        Settings s = Settings.defaults(specs());
        TauPrior tau = TauPrior.parse(options.text(McmcSettings.TAU_PRIOR));
        s = withClamped(s, TAU_SCALE, TauPriorChoice.scaleOf(tau));
        MuPrior mu = MuPrior.parse(options.text(McmcSettings.MU_PRIOR));
        if (!mu.isFlat()) {
            s = withClamped(s, MU_MEAN, mu.mean());
            s = withClamped(s, MU_SD, mu.sd());
        }
        Population pop = Population.parse(options.text(McmcSettings.POPULATION));
        if (!pop.isNormal()) {
            s = s.with(POPULATION_FAMILY, STUDENT_T);
            s = withClamped(s, NU, pop.nu());
        }
        return s;
    }

    /** The tau prior text for a family and the sliders. */
    public static String tauPrior(TauPrior.Family family, Settings sliders) {
        return TauPriorChoice.of(family, sliders.real(TAU_SCALE)).toString();
    }

    /** The mu prior text for the sliders. */
    public static String muPrior(Settings sliders) {
        return MuPrior.normal(sliders.real(MU_MEAN), sliders.real(MU_SD)).toString();
    }

    /** The population text: normal, or student-t with the slider's nu. */
    public static String population(Settings sliders) {
        return STUDENT_T.equals(sliders.text(POPULATION_FAMILY)) ? Population.studentT(sliders.real(NU)).toString()
                : Population.normal().toString();
    }

    private static Settings withClamped(Settings s, String name, double v) {
        var spec = s.spec(name);
        return s.with(name, Math.max(spec.min(), Math.min(spec.max(), v)));
    }
}
