package org.shrinkagelab.problems.asteroids;

import java.util.List;
import org.shrinkagelab.workbench.Parameterization;

/**
 * How the class-level parameters (the class means and log spreads) are sampled: each class as its data warrant, or
 * every class the same way. The mixture has no class-level means or spreads, so it is the same under every choice.
 */
public enum ClassParameterization {
    /**
     * The default. The hierarchy's class means as offsets from each class's conditional posterior given the spreads
     * (standard normal a posteriori whatever the class size); the log spreads centered
     * for a class of at least {@link #CENTERED_FROM} asteroids, non-centered for a smaller one. Centered suits a class
     * whose data pin it down far more tightly than the population does (the main belt's 1,966: non-centered, its
     * offset's posterior is a sliver and the step size falls to about 0.03); non-centered suits a class the
     * population describes better than its one or two members (centered, those make a funnel).
     */
    BY_CLASS,
    /** Every class sampled directly. */
    CENTERED,
    /** Every class as a standardized offset from the population. */
    NONCENTERED;

    /**
     * The class size from which BY_CLASS centers: the data's information on a class mean, n / sigma^2, and on a log
     * spread, 2n, exceed the population's, 1 / tau^2 and 1 / omega^2, from a few members at the spreads of log albedo
     * (sigma about 0.5, tau and omega about 0.3 to 0.6); 10 leaves a margin.
     */
    public static final int CENTERED_FROM = 10;

    /** The text forms, default first. */
    public static final List<String> IDS = List.of("by-class", "centered", "noncentered");

    /** The text form: by-class, centered or noncentered. */
    public String id() {
        return IDS.get(ordinal());
    }

    /** Parses the text form (also "non-centered"). */
    public static ClassParameterization parse(String text) {
        String t = "non-centered".equals(text) ? "noncentered" : text;
        int k = IDS.indexOf(t);
        if (k < 0) {
            throw new IllegalArgumentException("parameterization '" + text + "' is not allowed; allowed: "
                    + String.join(", ", IDS));
        }
        return values()[k];
    }

    /** The same choice for every class. */
    public static ClassParameterization of(Parameterization p) {
        return p == Parameterization.CENTERED ? CENTERED : NONCENTERED;
    }

    /** Whether each class (of the given sizes) is centered. */
    public boolean[] centered(int[] classCounts) {
        boolean[] out = new boolean[classCounts.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = this == CENTERED || (this == BY_CLASS && classCounts[k] >= CENTERED_FROM);
        }
        return out;
    }

    @Override
    public String toString() {
        return id();
    }
}
