package org.shrinkagelab.app;

import java.util.List;
import java.util.function.Supplier;
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
import org.shrinkagelab.problems.groups.GroupsProblem;
import org.shrinkagelab.problems.groups.GroupsTab;
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
     * A problem, built on first use, and how its tab is built. The command line asks for one problem by id,
     * so the others are never constructed (nor their classes, or the window's, loaded); the window names its
     * tabs by id and title, so it builds a problem only when its tab is opened (a problem may read data).
     */
    public static final class Entry {
        private final String id;
        private final String title;
        private final Supplier<Problem> factory;
        private final TabFactory tab;
        private Problem problem;

        private Entry(String id, String title, Supplier<Problem> factory, TabFactory tab) {
            this.id = id;
            this.title = title;
            this.factory = factory;
            this.tab = tab;
        }

        /** The problem's id, known without building it. */
        public String id() {
            return id;
        }

        /** The problem's title, known without building it (the window names its tabs before any is opened). */
        public String title() {
            return title;
        }

        /** The compute side, as the command line uses it (built on the first call). */
        public synchronized Problem problem() {
            if (problem == null) {
                problem = factory.get();
            }
            return problem;
        }

        /** The factory of its tab. */
        public TabFactory tab() {
            return tab;
        }
    }

    // lambdas, not constructor references: a reference links (and loads) its class when the list is built
    private static final List<Entry> ENTRIES = List.of(
            entry(EightSchoolsExactProblem.ID, "Eight Schools — exact", () -> new EightSchoolsExactProblem(), (p, c) -> new EightSchoolsExactTab(c)),
            entry(EightSchoolsMcmcProblem.ID, "Eight Schools — MCMC", () -> new EightSchoolsMcmcProblem(), (p, c) -> new EightSchoolsMcmcTab(p, c)),
            entry(FiveDistrictsProblem.ID, "Five Districts — slopes per hour", () -> new FiveDistrictsProblem(), (p, c) -> new FiveDistrictsTab(p, c)),
            entry(DysonProblem.ID, "Dyson Spheres", () -> new DysonProblem(), (p, c) -> new DysonTab(p, c)),
            entry(AsteroidsProblem.ID, "Astrophysics — asteroid albedos", () -> new AsteroidsProblem(), (p, c) -> new AsteroidsTab(p, c)),
            entry(KlProblem.ID, "KL divergence", () -> new KlProblem(), (p, c) -> new KlTab(c)),
            entry(EntropyProblem.ID, "Entropy under a linear map", () -> new EntropyProblem(), (p, c) -> new EntropyTab(c)),
            entry(TennisProblem.ID, "Tennis", () -> new TennisProblem(), (p, c) -> new TennisTab(c)),
            entry(HemophiliaProblem.ID, "Hemophilia", () -> new HemophiliaProblem(), (p, c) -> new HemophiliaTab(c)),
            entry(TestScoresProblem.ID, "Test scores", () -> new TestScoresProblem(), (p, c) -> new TestScoresTab(c)),
            entry(GroupsProblem.ID, "Groups — varying intercepts", () -> new GroupsProblem(), (p, c) -> new GroupsTab(p, c)));

    private TabCatalog() {
    }

    private static Entry entry(String id, String title, Supplier<Problem> problem, TabFactory tab) {
        return new Entry(id, title, problem, tab);
    }

    /** Every problem with its tab factory, in tab order. */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** All problems, in tab order. */
    public static List<Problem> problems() {
        return ENTRIES.stream().map(Entry::problem).toList();
    }

    /** The problem with this id (only it is built), or an error naming the allowed ids. */
    public static Problem byId(String id) {
        return ENTRIES.stream().filter(e -> e.id().equals(id)).findFirst().map(Entry::problem)
                .orElseThrow(() -> new IllegalArgumentException("unknown problem '" + id + "'; allowed: " + ids()));
    }

    /** Whether a problem has this id (no problem is built). */
    public static boolean has(String id) {
        return ENTRIES.stream().anyMatch(e -> e.id().equals(id));
    }

    /** The ids, comma-separated, for help and error messages (no problem is built). */
    public static String ids() {
        return ENTRIES.stream().map(Entry::id).collect(Collectors.joining(", "));
    }
}
