package org.shrinkagelab.problems;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.shrinkagelab.engine.JobContext;

/**
 * One thing {@code bench} times: a tab's full recomputation (or a preview run).
 *
 * @param name the entry's name in the report, e.g. {@code full} or {@code preview}
 * @param run  runs once and returns effective samples per second by parameter (empty if not a sampler); keys
 *             starting with {@link #FIGURE} are other figures of the run (e.g. microseconds per gradient)
 */
public record BenchmarkCase(String name, Function<JobContext, Map<String, Double>> run) {
    /** The prefix of a key of {@link #run}'s result that is a figure of the run rather than an ESS per second. */
    public static final String FIGURE = "figure:";

    /** A case that only times run, for computations that are not samplers and so report no ESS. */
    public static BenchmarkCase timing(String name, Consumer<JobContext> run) {
        return new BenchmarkCase(name, ctx -> {
            run.accept(ctx);
            return Map.of();
        });
    }
}
