package org.shrinkagelab.problems.tennis;

import java.util.List;

/** The matches among A, B and C whose outcomes can be observed (You vs A is the question asked). */
public enum TennisMatch {
    /** A plays B. */
    A_VS_B(Player.A, Player.B),
    /** B plays C. */
    B_VS_C(Player.B, Player.C),
    /** A plays C. */
    A_VS_C(Player.A, Player.C);

    /** The option value for a match whose outcome is not observed. */
    public static final String UNOBSERVED = "unobserved";

    private final Player first;
    private final Player second;

    TennisMatch(Player first, Player second) {
        this.first = first;
        this.second = second;
    }

    /** The first player named. */
    public Player first() {
        return first;
    }

    /** The second player named. */
    public Player second() {
        return second;
    }

    /** The option name, e.g. {@code a-vs-b}. */
    public String option() {
        return first.word() + "-vs-" + second.word();
    }

    /** The label in figures, e.g. {@code A vs B}. */
    public String label() {
        return first.label() + " vs " + second.label();
    }

    /** The allowed option values: first won, second won, unobserved. */
    public List<String> choices() {
        return List.of(first.word() + "-won", second.word() + "-won", UNOBSERVED);
    }

    /** The winner named by an option value, or null for {@code unobserved}. */
    public Player winner(String choice) {
        if (choice.equals(first.word() + "-won")) {
            return first;
        }
        if (choice.equals(second.word() + "-won")) {
            return second;
        }
        if (choice.equals(UNOBSERVED)) {
            return null;
        }
        throw new IllegalArgumentException("--" + option() + " " + choice + " is not allowed: expected one of "
                + String.join(", ", choices()));
    }
}
