package org.shrinkagelab.problems;

import java.util.List;
import java.util.stream.Collectors;
import org.shrinkagelab.problems.eightschools.exact.EightSchoolsExactProblem;
import org.shrinkagelab.problems.eightschools.mcmc.EightSchoolsMcmcProblem;
import org.shrinkagelab.problems.entropy.EntropyProblem;
import org.shrinkagelab.problems.hemophilia.HemophiliaProblem;
import org.shrinkagelab.problems.kl.KlProblem;
import org.shrinkagelab.problems.tennis.TennisProblem;
import org.shrinkagelab.problems.testscores.TestScoresProblem;

/** Every problem the application offers, in tab order. */
public final class Problems {
    private Problems() {
    }

    /** All problems, in tab order. */
    public static List<Problem> all() {
        return List.of(
                new EightSchoolsExactProblem(),
                new EightSchoolsMcmcProblem(),
                new KlProblem(),
                new EntropyProblem(),
                new TennisProblem(),
                new HemophiliaProblem(),
                new TestScoresProblem());
    }

    /** The problem with this id, or an error naming the allowed ids. */
    public static Problem byId(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown problem '" + id + "'; allowed: " + ids()));
    }

    /** The ids, comma-separated, for help and error messages. */
    public static String ids() {
        return all().stream().map(Problem::id).collect(Collectors.joining(", "));
    }
}
