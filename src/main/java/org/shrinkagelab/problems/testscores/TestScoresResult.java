package org.shrinkagelab.problems.testscores;

/**
 * Generated data and the posterior recovered from it.
 *
 * @param data      the generated truth and scores
 * @param posterior the exact posterior given the scores
 */
public record TestScoresResult(TestScoresData data, TestScoresPosterior posterior) {
}
