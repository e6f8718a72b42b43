package org.shrinkagelab.stats;

import java.util.Locale;

/** How the false-alarm probability of the highest periodogram peak is approximated (astropy's methods). */
public enum FalseAlarmMethod {
    /** Baluev (2008) alias-free approximation, astropy's default. */
    BALUEV,
    /** The Davies upper bound (Baluev 2008, eq. 5). */
    DAVIES,
    /** Independent frequencies, fmax times the baseline of them. */
    NAIVE,
    /** Maxima of periodograms of resampled data (seeded). */
    BOOTSTRAP;

    /** The name as on the command line and in astropy. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The method with this name, or an error listing the allowed ones. */
    public static FalseAlarmMethod parse(String text) {
        for (FalseAlarmMethod m : values()) {
            if (m.id().equals(text)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown false-alarm method '" + text
                + "'; allowed: baluev, davies, naive, bootstrap");
    }
}
