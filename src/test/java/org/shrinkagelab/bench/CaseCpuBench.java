package org.shrinkagelab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.shrinkagelab.app.TabCatalog;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.problems.BenchmarkCase;

/**
 * One {@code bench} case of one problem timed in thread CPU time as well as on the wall clock (not a test;
 * run by hand): on a shared machine the wall clock counts other processes, the timing thread's CPU time
 * does not. Prints the medians of the runs after three seconds of warm-up (CPU time of this thread).
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) org.shrinkagelab.bench.CaseCpuBench \
 *     eight-schools-exact redraw 51
 * </pre>
 */
public final class CaseCpuBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CaseCpuBench() {
    }

    /** Arguments: problem id, case name, timed runs (default 51). */
    public static void main(String[] args) {
        String problem = args[0];
        String name = args[1];
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 51;
        BenchmarkCase c = TabCatalog.byId(problem).benchmarks().stream().filter(b -> b.name().equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no case " + name + " in " + problem));
        // warm-up counted in this thread's CPU time: on a loaded machine two wall seconds may be too few to compile
        long warmEnd = THREADS.getCurrentThreadCpuTime() + 3_000_000_000L;
        for (int i = 0; i < 3 || THREADS.getCurrentThreadCpuTime() < warmEnd; i++) {
            c.run().apply(JobContext.none());
        }
        double[] cpu = new double[runs];
        double[] wall = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            c.run().apply(JobContext.none());
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        System.out.printf(Locale.ROOT, "%s %s: median cpu %.2f ms, median wall %.2f ms (%d runs)%n", problem, name,
                median(cpu), median(wall), runs);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
