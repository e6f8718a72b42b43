package org.shrinkagelab.workbench;

import java.util.ArrayList;
import java.util.List;
import org.shrinkagelab.workbench.TauPrior.Family;

/**
 * The tau hyperprior as a family and one scale, so that a single slider can move any family:
 * half-cauchy:S, half-normal:S, uniform:0,S, exponential with mean S (rate 1/S), inv-gamma:1,S,
 * half-student-t:3,S. Other shapes remain available as text on the command line.
 */
public final class TauPriorChoice {
    private TauPriorChoice() {
    }

    /** The prior of the family with scale S as described above. */
    public static TauPrior of(Family family, double scale) {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("tau prior scale must be a positive number, was " + scale);
        }
        return switch (family) {
            case HALF_CAUCHY -> TauPrior.halfCauchy(scale);
            case HALF_NORMAL -> TauPrior.halfNormal(scale);
            case UNIFORM -> TauPrior.uniform(0, scale);
            case EXPONENTIAL -> TauPrior.exponential(1 / scale);
            case INV_GAMMA -> TauPrior.inverseGamma(1, scale);
            case HALF_STUDENT_T -> TauPrior.halfStudentT(3, scale);
        };
    }

    /** The scale S a prior has in the sense of {@link #of}. */
    public static double scaleOf(TauPrior prior) {
        double[] a = prior.arguments();
        return switch (prior.family()) {
            case HALF_CAUCHY, HALF_NORMAL -> a[0];
            case UNIFORM, INV_GAMMA, HALF_STUDENT_T -> a[1];
            case EXPONENTIAL -> 1 / a[0];
        };
    }

    /** What the scale means for the family, for the slider's label. */
    public static String scaleMeaning(Family family) {
        return switch (family) {
            case HALF_CAUCHY, HALF_NORMAL -> "scale";
            case UNIFORM -> "upper bound";
            case EXPONENTIAL -> "mean (1/rate)";
            case INV_GAMMA -> "scale (shape 1)";
            case HALF_STUDENT_T -> "scale (nu 3)";
        };
    }

    /**
     * The hyperpriors of the sensitivity view, one per family, with scales weakly informative for effects of
     * order 10 (test points, in Eight Schools).
     */
    public static List<TauPrior> comparisonSet() {
        return List.of(TauPrior.halfCauchy(2), TauPrior.halfNormal(10), TauPrior.uniform(0, 50),
                TauPrior.exponential(0.1), TauPrior.inverseGamma(1, 1), TauPrior.halfStudentT(3, 5));
    }

    /** The priors compared: one per family of {@link #comparisonSet()}, the chosen one in its family's place. */
    public static List<TauPrior> comparisonPriors(TauPrior chosen) {
        List<TauPrior> priors = new ArrayList<>();
        for (TauPrior p : comparisonSet()) {
            priors.add(p.family() == chosen.family() ? chosen : p);
        }
        return priors;
    }

    /** The scale a family starts at when the user switches to it: that of its prior in the comparison set. */
    public static double defaultScale(Family family) {
        for (TauPrior p : comparisonSet()) {
            if (p.family() == family) {
                return scaleOf(p);
            }
        }
        throw new IllegalArgumentException("no default prior for " + family.id());
    }

    /** The family named by its text id (e.g. "half-cauchy"). */
    public static Family family(String id) {
        for (Family f : Family.values()) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown tau prior family '" + id + "'");
    }
}
