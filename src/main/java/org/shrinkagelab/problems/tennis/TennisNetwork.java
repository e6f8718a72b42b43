package org.shrinkagelab.problems.tennis;

import java.util.List;

/**
 * The tournament as a Bayesian network: skills S ~ N(0, 1) independently, and
 * P(X beats Y | skills) = sigmoid(k (S_X - S_Y)). The question is P(You beat A | observed matches).
 *
 * @param k        how strongly skill decides a match (0 = coin flips)
 * @param observed the matches whose winner is known
 */
public record TennisNetwork(double k, List<MatchResult> observed) {

    /** Checks k and copies the observations. */
    public TennisNetwork {
        if (!(k >= 0) || !Double.isFinite(k)) {
            throw new IllegalArgumentException("k must be a finite number >= 0, was " + k);
        }
        observed = List.copyOf(observed);
    }

    /** The logistic function, evaluated without overflow for large |z|. */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    /** P(winner beats loser) given their skills. */
    public double winProbability(double winnerSkill, double loserSkill) {
        return sigmoid(k * (winnerSkill - loserSkill));
    }

    /** The likelihood of the observed matches given the skills (indexed by {@link Player#ordinal()}). */
    public double likelihood(double[] skills) {
        double l = 1;
        for (MatchResult r : observed) {
            l *= winProbability(skills[r.winner().ordinal()], skills[r.loser().ordinal()]);
        }
        return l;
    }

    /** P(You beat A) given the skills: the quantity whose posterior mean is asked for. */
    public double youBeatA(double[] skills) {
        return winProbability(skills[Player.YOU.ordinal()], skills[Player.A.ordinal()]);
    }

    /** The observed winner of a match, or null if the match is not observed. */
    public Player winnerOf(TennisMatch match) {
        return observed.stream().filter(r -> r.match() == match).map(MatchResult::winner).findFirst().orElse(null);
    }
}
