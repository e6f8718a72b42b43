package org.shrinkagelab.app;

import java.util.List;
import java.util.stream.Collectors;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.problems.asteroids.AsteroidsProblem;
import org.shrinkagelab.problems.asteroids.AsteroidsTab;
import org.shrinkagelab.problems.dyson.DysonProblem;
import org.shrinkagelab.problems.dyson.DysonTab;
import org.shrinkagelab.problems.eightschools.exact.EightSchoolsExactProblem;
import org.shrinkagelab.problems.eightschools.exact.EightSchoolsExactTab;
import org.shrinkagelab.problems.eightschools.mcmc.EightSchoolsMcmcProblem;
import org.shrinkagelab.problems.eightschools.mcmc.EightSchoolsMcmcTab;
import org.shrinkagelab.problems.entropy.EntropyProblem;
import org.shrinkagelab.problems.entropy.EntropyTab;
import org.shrinkagelab.problems.fivedistricts.FiveDistrictsProblem;
import org.shrinkagelab.problems.fivedistricts.FiveDistrictsTab;
import org.shrinkagelab.problems.hemophilia.HemophiliaProblem;
import org.shrinkagelab.problems.hemophilia.HemophiliaTab;
import org.shrinkagelab.problems.kl.KlProblem;
import org.shrinkagelab.problems.kl.KlTab;
import org.shrinkagelab.problems.tennis.TennisProblem;
import org.shrinkagelab.problems.tennis.TennisTab;
import org.shrinkagelab.problems.testscores.TestScoresProblem;
import org.shrinkagelab.problems.testscores.TestScoresTab;
import org.shrinkagelab.ui.ProblemTab;
import org.shrinkagelab.ui.TabContext;

/**
 * The one registry of problems: each problem with the factory of its tab, in tab order. The command
 * line reads the problems from here (building a tab is only ever done by the window), so a new problem
 * is one {@code entry(...)} line.
 */
public final class TabCatalog {

    /** Builds a problem's tab, wired to the shared context. */
    @FunctionalInterface
    public interface TabFactory {
        /** The tab of {@code problem}. */
        ProblemTab create(Problem problem, TabContext context);
    }

    /**
     * A problem and how its tab is built.
     *
     * @param problem the compute side, as the command line uses it
     * @param tab     the factory of its tab
     */
    public record Entry(Problem problem, TabFactory tab) {
    }

    private static final List<Entry> ENTRIES = List.of(
            entry(new EightSchoolsExactProblem(), (p, c) -> new EightSchoolsExactTab(c)),
            entry(new EightSchoolsMcmcProblem(), EightSchoolsMcmcTab::new),
            entry(new FiveDistrictsProblem(), FiveDistrictsTab::new),
            entry(new DysonProblem(), DysonTab::new),
            entry(new AsteroidsProblem(), AsteroidsTab::new),
            entry(new KlProblem(), (p, c) -> new KlTab(c)),
            entry(new EntropyProblem(), (p, c) -> new EntropyTab(c)),
            entry(new TennisProblem(), (p, c) -> new TennisTab(c)),
            entry(new HemophiliaProblem(), (p, c) -> new HemophiliaTab(c)),
            entry(new TestScoresProblem(), (p, c) -> new TestScoresTab(c)),
            entry(new org.shrinkagelab.problems.groups.GroupsProblem(), org.shrinkagelab.problems.groups.GroupsTab::new));

    private TabCatalog() {
    }

    private static Entry entry(Problem problem, TabFactory tab) {
        return new Entry(problem, tab);
    }

    /** Every problem with its tab factory, in tab order. */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** All problems, in tab order. */
    public static List<Problem> problems() {
        return ENTRIES.stream().map(Entry::problem).toList();
    }

    /** The problem with this id, or an error naming the allowed ids. */
    public static Problem byId(String id) {
        return problems().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown problem '" + id + "'; allowed: " + ids()));
    }

    /** The ids, comma-separated, for help and error messages. */
    public static String ids() {
        return problems().stream().map(Problem::id).collect(Collectors.joining(", "));
    }
}
