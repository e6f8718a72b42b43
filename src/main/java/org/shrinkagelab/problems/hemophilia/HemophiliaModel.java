package org.shrinkagelab.problems.hemophilia;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The hemophilia carrier problem in exact rational arithmetic. A carrier mother passes the
 * X-linked allele to each son independently with probability 1/2; a non-carrier mother never has
 * an affected son. Observing sons one by one updates P(carrier).
 */
public final class HemophiliaModel {
    private static final BigFraction HALF = BigFraction.ONE_HALF;

    private HemophiliaModel() {
    }

    /**
     * The prior as the fraction the user wrote in decimal (0.3 becomes 3/10, not the nearest binary
     * double), so the table's fractions are the ones a person would compute by hand.
     */
    public static BigFraction exactPrior(double prior) {
        if (!(prior >= 0 && prior <= 1)) {
            throw new IllegalArgumentException("prior P(carrier) must be from 0 to 1, was " + prior);
        }
        BigDecimal d = BigDecimal.valueOf(prior).stripTrailingZeros();
        if (d.scale() <= 0) {
            return new BigFraction(d.toBigIntegerExact());
        }
        return new BigFraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    /** The prior row followed by one row per son, each with evidence, posterior and predictive. */
    public static List<HemophiliaStep> sequence(BigFraction prior, SonSequence sons) {
        List<HemophiliaStep> steps = new ArrayList<>();
        // Likelihoods of the sons so far under "carrier" and "not a carrier".
        BigFraction likeCarrier = BigFraction.ONE;
        BigFraction likeNot = BigFraction.ONE;
        steps.add(step(0, null, prior, likeCarrier, likeNot));
        for (int i = 0; i < sons.size(); i++) {
            boolean affected = sons.affected().get(i);
            likeCarrier = likeCarrier.multiply(HALF);
            likeNot = affected ? BigFraction.ZERO : likeNot;
            steps.add(step(i + 1, affected, prior, likeCarrier, likeNot));
        }
        return steps;
    }

    private static HemophiliaStep step(int n, Boolean affected, BigFraction prior, BigFraction likeCarrier,
                                       BigFraction likeNot) {
        BigFraction joint = prior.multiply(likeCarrier);
        BigFraction evidence = joint.add(BigFraction.ONE.subtract(prior).multiply(likeNot));
        if (evidence.equals(BigFraction.ZERO)) {
            return new HemophiliaStep(n, affected, evidence, null, null);
        }
        BigFraction posterior = joint.divide(evidence);
        return new HemophiliaStep(n, affected, evidence, posterior, posterior.multiply(HALF));
    }

    /**
     * Why the last row looks as it does, in one sentence for the tab, or empty when nothing needs
     * explaining (no affected son).
     */
    public static String explanation(List<HemophiliaStep> steps) {
        HemophiliaStep last = steps.get(steps.size() - 1);
        if (last.impossible()) {
            return "These sons are impossible under a prior of 0: a mother who is surely not a carrier "
                    + "cannot have an affected son, so the posterior is undefined.";
        }
        boolean anyAffected = steps.stream().anyMatch(s -> Boolean.TRUE.equals(s.affected()));
        if (anyAffected) {
            return "An affected son makes P(carrier) = 1: in this model a non-carrier mother cannot have "
                    + "an affected son, so only the carrier hypothesis explains him.";
        }
        return "";
    }

    /** The fraction as text, e.g. {@code 1/5}, or {@code 1} for whole numbers. */
    public static String fractionText(BigFraction f) {
        if (f.getDenominator().equals(BigInteger.ONE)) {
            return f.getNumerator().toString();
        }
        return f.getNumerator() + "/" + f.getDenominator();
    }
}
