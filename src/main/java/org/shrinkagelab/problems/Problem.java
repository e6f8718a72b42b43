package org.shrinkagelab.problems;

import java.util.List;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.JobContext;

/**
 * A course problem as the command line sees it (no JavaFX): its settings, its numbers and its
 * figures. The tab of the same problem shows these same figures and numbers.
 */
public interface Problem {

    /** The id used on the command line and in file names, e.g. {@code eight-schools-exact}. */
    String id();

    /** The tab title, e.g. {@code Eight Schools — exact}. */
    String title();

    /** The settings, in the order the tab shows them. */
    List<ParameterSpec> parameters();

    /** The default settings. */
    default Settings defaults() {
        return Settings.defaults(parameters());
    }

    /** Computes the numbers the tab shows, in the shared summary shape. */
    Summary summarize(Settings settings, JobContext context);

    /** Computes and draws every figure of the tab, named for export. */
    List<Figure> figures(Settings settings, JobContext context);

    /** What {@code bench} times; by default one full recomputation at the default settings. */
    default List<BenchmarkCase> benchmarks() {
        Settings defaults = defaults();
        return List.of(BenchmarkCase.timing("full", ctx -> summarize(defaults, ctx)));
    }

    /** What {@code bench PROBLEM --option value ...} times under those options; by default the same as {@link #benchmarks()}. */
    default List<BenchmarkCase> benchmarks(Settings settings) {
        return benchmarks();
    }
}
