package org.shrinkagelab.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.shrinkagelab.app.TabCatalog;
import org.shrinkagelab.problems.BenchmarkCase;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.problems.dyson.PeriodogramBenchmarks;

/** Everything {@code bench} can time: each problem's cases, and computations that have no tab of their own. */
final class BenchmarkSuites {
    private BenchmarkSuites() {
    }

    /** A named group of benchmark cases, reported under its id. */
    record Suite(String id, List<BenchmarkCase> cases) {
    }

    /** Every suite: the problems in tab order, then the standalone ones. */
    static List<Suite> all() {
        List<Suite> suites = new ArrayList<>();
        for (Problem p : TabCatalog.problems()) {
            suites.add(new Suite(p.id(), p.benchmarks()));
        }
        suites.add(new Suite("periodogram", PeriodogramBenchmarks.cases()));
        return suites;
    }

    /** The cases of one problem under the options given as {@code --name value} words. */
    static Suite byId(String id, List<String> options) {
        Problem p = TabCatalog.byId(id);
        return new Suite(p.id(), p.benchmarks(ProblemOptions.parse(p, options)));
    }

    /** The suite with this id, or an error naming the allowed ids. */
    static Suite byId(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown benchmark '" + id + "'; allowed: "
                        + all().stream().map(Suite::id).collect(Collectors.joining(", "))));
    }
}
