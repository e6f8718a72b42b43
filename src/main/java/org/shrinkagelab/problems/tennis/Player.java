package org.shrinkagelab.problems.tennis;

/** The four players of the tournament; their index is their position in a skill vector. */
public enum Player {
    /** Player A. */
    A("A"),
    /** Player B. */
    B("B"),
    /** Player C. */
    C("C"),
    /** You. */
    YOU("You");

    private final String label;

    Player(String label) {
        this.label = label;
    }

    /** The name shown in figures, e.g. {@code You}. */
    public String label() {
        return label;
    }

    /** The word used in option values, e.g. {@code a} in {@code a-won}. */
    public String word() {
        return label.toLowerCase(java.util.Locale.ROOT);
    }
}
