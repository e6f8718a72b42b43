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
                    arguments[i] = Double.parseDouble(parts[i].trim());
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

    /** Refuses argument {@code index} unless it is > 0. */
    double positive(int index, String name) {
        double v = arguments[index];
        if (!(v > 0)) {
            throw new IllegalArgumentException(option + " '" + text + "': " + name + " must be > 0, was " + v);
        }
        return v;
    }
}
