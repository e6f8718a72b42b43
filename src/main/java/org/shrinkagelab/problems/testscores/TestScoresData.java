package org.shrinkagelab.problems.testscores;

/**
 * One draw from the generative model: the hidden truth and the scores it produced.
 *
 * @param muGlobal    the generated global mean
 * @param schoolMeans the generated school means mu_i = mu_global + theta_i
 * @param scores      scores[i][j] of student j in school i
 */
public record TestScoresData(double muGlobal, double[] schoolMeans, double[][] scores) {

    /** The number of schools. */
    public int schools() {
        return scores.length;
    }

    /** The sample mean of each school's scores. */
    public double[] sampleMeans() {
        double[] m = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            double s = 0;
            for (double y : scores[i]) {
                s += y;
            }
            m[i] = s / scores[i].length;
        }
        return m;
    }
}
