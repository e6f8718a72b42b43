package org.shrinkagelab.workbench;

import java.util.Locale;

/**
 * The text form {@code family} or {@code family:a,b} shared by the prior options, split into a family
 * name and numeric arguments, with messages that name the option, the text and what is allowed.
 */
record PriorSpec(String option, String text, String family, double[] arguments) {

    /** Splits {@code text} (for the option named {@code option}, e.g. "tau prior") into family and arguments. */
    static PriorSpec parse(String option, String text, String allowed) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(option + " is empty; allowed: " + allowed);
        }
        String trimmed = text.trim();
        int colon = trimmed.indexOf(':');
        String family = (colon < 0 ? trimmed : trimmed.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
        double[] arguments = new double[0];
        if (colon >= 0) {
            String[] parts = trimmed.substring(colon + 1).split(",", -1);
            arguments = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                try {
                    arguments[i] = org.shrinkagelab.data.PlainNumber.parseDouble(parts[i].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(option + " '" + text + "': argument " + (i + 1) + " '"
                            + parts[i].trim() + "' is not a number; allowed: " + allowed);
                }
                if (!Double.isFinite(arguments[i])) {
                    throw new IllegalArgumentException(option + " '" + text + "': argument " + (i + 1)
                            + " must be finite; allowed: " + allowed);
                }
            }
        }
        return new PriorSpec(option, text, family, arguments);
    }

    /** Refuses a number of arguments other than {@code count}, naming the form {@code usage}. */
    void requireCount(int count, String usage) {
        if (arguments.length != count) {
            throw new IllegalArgumentException(option + " '" + text + "': " + family + " takes " + count
                    + (count == 1 ? " argument" : " arguments") + " (" + usage + "), got " + arguments.length);
        }
    }

    /** Smallest and largest scale, rate, shape or degrees of freedom: beyond them the sampler cannot start. */
    static final double MIN_POSITIVE = 0.01;
    static final double MAX_POSITIVE = 1000;
    /** Largest magnitude of a location or a uniform bound. */
    static final double MAX_LOCATION = 1000;

    /** Refuses argument {@code index} unless it is from {@link #MIN_POSITIVE} to {@link #MAX_POSITIVE}. */
    double positive(int index, String name) {
        return inRange(index, name, MIN_POSITIVE, MAX_POSITIVE);
    }

    /** Refuses argument {@code index} unless it is from {@code min} to {@code max}, naming the range that works. */
    double inRange(int index, String name, double min, double max) {
        double v = arguments[index];
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(option + " '" + text + "': " + name + " must be from "
                    + TauPrior.format(min) + " to " + TauPrior.format(max) + ", was " + v);
        }
        return v;
    }
}
