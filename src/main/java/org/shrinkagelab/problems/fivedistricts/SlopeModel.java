package org.shrinkagelab.problems.fivedistricts;

import java.util.Locale;

/** The three models of the slopes the problem compares, as the command line spells them. */
public enum SlopeModel {
    /** (i) complete pooling: one slope mu for every school. */
    POOLED,
    /** (ii) independent districts: a slope per district, no sharing. */
    INDEPENDENT,
    /** (iii) school slopes around district slopes around a population slope. */
    HIERARCHICAL;

    /** The allowed words of {@code --model}. */
    public static final java.util.List<String> WORDS = java.util.List.of("pooled", "independent", "hierarchical");

    /** The word of this model on the command line. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The model named by its word. */
    public static SlopeModel parse(String word) {
        for (SlopeModel m : values()) {
            if (m.word().equals(word)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown model '" + word + "'; allowed: " + String.join(", ", WORDS));
    }
}
