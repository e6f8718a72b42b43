package org.shrinkagelab.problems.tennis;

/**
 * An observed match: who won it.
 *
 * @param match  the match
 * @param winner one of the match's two players
 */
public record MatchResult(TennisMatch match, Player winner) {

    /** Checks that the winner played the match. */
    public MatchResult {
        if (winner != match.first() && winner != match.second()) {
            throw new IllegalArgumentException(winner.label() + " did not play " + match.label());
        }
    }

    /** The player who lost. */
    public Player loser() {
        return winner == match.first() ? match.second() : match.first();
    }
}
