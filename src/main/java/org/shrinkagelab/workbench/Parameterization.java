package org.shrinkagelab.workbench;

import java.util.Locale;
import org.shrinkagelab.engine.model.Centering;

/** How the school effects are sampled: directly (centered) or as standardized offsets (non-centered). */
public enum Parameterization {
    /** theta_j ~ population(mu, tau), sampled directly. */
    CENTERED,
    /** theta_j = mu + tau eta_j with eta_j ~ population(0, 1) sampled. */
    NONCENTERED;

    /** Parses "centered" or "noncentered" (also "non-centered"), ignoring case. */
    public static Parameterization parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "centered" -> CENTERED;
            case "noncentered", "non-centered" -> NONCENTERED;
            default -> throw new IllegalArgumentException("parameterization '" + text
                    + "' is not allowed; allowed: centered, noncentered");
        };
    }

    /** The model builder's centering of a group-level vector sampled this way. */
    public Centering centering() {
        return this == CENTERED ? Centering.CENTERED : Centering.NONCENTERED;
    }

    /** The text form, "centered" or "noncentered". */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
