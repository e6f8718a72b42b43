package org.shrinkagelab.problems.hemophilia;

import org.apache.commons.math3.fraction.BigFraction;

/**
 * The state of knowledge after the first {@code sons} sons, in exact fractions. When the sons seen
 * so far are impossible under the prior (an affected son and a prior of 0), the evidence is 0 and
 * posterior and predictive are null.
 *
 * @param sons       how many sons have been observed (0 = the prior)
 * @param affected   whether the last observed son is affected (null for the prior row)
 * @param evidence   P(y_1..y_sons), the probability of the sons seen so far
 * @param posterior  P(carrier | y_1..y_sons), or null if the evidence is 0
 * @param predictive P(next son affected | y_1..y_sons), or null if the evidence is 0
 */
public record HemophiliaStep(int sons, Boolean affected, BigFraction evidence, BigFraction posterior,
                             BigFraction predictive) {

    /** Tells whether the observations so far have probability 0 under the prior. */
    public boolean impossible() {
        return posterior == null;
    }
}
