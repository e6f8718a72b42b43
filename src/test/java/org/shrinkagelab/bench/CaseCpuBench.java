package org.shrinkagelab.bench;

import java.lang.management.CompilationMXBean;
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
 * does not. Prints the medians of the runs after a warm-up of at least three seconds (CPU time of this
 * thread) that lasts until the JIT has been idle for half a second of it (at most fifteen seconds): on a loaded machine the compiler
 * threads get little CPU, and a hot method's optimized code could arrive seconds later, so that the timed
 * runs caught its slow first-tier code in some JVMs and not in others (medians of 14 and 25 ms alike).
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) org.shrinkagelab.bench.CaseCpuBench \
 *     eight-schools-exact redraw 51
 * </pre>
 */
public final class CaseCpuBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();
    private static final long MIN_WARM_UP_NS = 3_000_000_000L;
    private static final long JIT_IDLE_NS = 500_000_000L;
    private static final long MAX_WARM_UP_NS = 15_000_000_000L;

    private CaseCpuBench() {
    }

    /** Arguments: problem id, case name, timed runs (default 51). */
    public static void main(String[] args) {
        String problem = args[0];
        String name = args[1];
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 51;
        BenchmarkCase c = TabCatalog.byId(problem).benchmarks().stream().filter(b -> b.name().equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no case " + name + " in " + problem));
        double warm = warmUp(c);
        double[] cpu = new double[runs];
        double[] wall = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            c.run().apply(JobContext.none());
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        System.out.printf(Locale.ROOT, "%s %s: median cpu %.2f ms, median wall %.2f ms (%d runs after %.1f s"
                + " of warm-up)%n", problem, name, median(cpu), median(wall), runs, warm);
    }

    /**
     * Runs the case for at least three seconds of this thread's CPU time, then on until the JIT has compiled
     * nothing for half a second of it (at most fifteen seconds in all); returns the seconds it took.
     */
    private static double warmUp(BenchmarkCase c) {
        long start = THREADS.getCurrentThreadCpuTime();
        long idleSince = start;
        long compiled = COMPILER.getTotalCompilationTime();
        for (int i = 0; ; i++) {
            c.run().apply(JobContext.none());
            long now = THREADS.getCurrentThreadCpuTime();
            long total = COMPILER.getTotalCompilationTime();
            if (total != compiled) {
                compiled = total;
                idleSince = now;
            }
            boolean warm = now - start >= MIN_WARM_UP_NS && now - idleSince >= JIT_IDLE_NS;
            if (i >= 2 && (warm || now - start >= MAX_WARM_UP_NS)) {
                return (now - start) / 1e9;
            }
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
