package org.shrinkagelab.problems.testscores;

/**
 * The three known scales of the generative model.
 *
 * @param globalSd  sd of the prior of mu_global around 0
 * @param schoolSd  sd of a school's offset theta_i around mu_global
 * @param studentSd sd of a student's score around the school mean mu_i
 */
public record TestScoresScales(double globalSd, double schoolSd, double studentSd) {

    /** Checks that every scale is positive and finite. */
    public TestScoresScales {
        for (double s : new double[] {globalSd, schoolSd, studentSd}) {
            if (!(s > 0) || !Double.isFinite(s)) {
                throw new IllegalArgumentException("scales must be positive and finite, got " + globalSd + ", "
                        + schoolSd + ", " + studentSd);
            }
        }
    }
}
