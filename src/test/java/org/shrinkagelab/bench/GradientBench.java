package org.shrinkagelab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Random;
import org.shrinkagelab.engine.model.Centering;
import org.shrinkagelab.engine.model.ExampleModels;
import org.shrinkagelab.engine.model.LogDensity;
import org.shrinkagelab.problems.eightschools.mcmc.EightSchoolsModel;
import org.shrinkagelab.workbench.Parameterization;

/**
 * Microseconds per log-density gradient of declared models (not a test; run by hand):
 * the varying-intercepts model at J = 8, 100, 1000 groups of 5, and Eight Schools declared against
 * the hand-coded model it replaced. Each figure is the median of nine timed blocks after warm-up, in
 * thread CPU time (the machine may be shared), on the thread copy a chain uses ({@code forThread()}).
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) org.shrinkagelab.bench.GradientBench [name filter]
 * </pre>
 */
public final class GradientBench {
    private GradientBench() {
    }

    /** CPU time of the timing thread, so that other processes on a shared machine do not count. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static String filter;

    /** Prints one line per model: name, dimension, microseconds per gradient; an argument keeps only names containing it. */
    public static void main(String[] args) {
        filter = args.length > 0 ? args[0] : null;
        for (Parameterization p : Parameterization.values()) {
            report("eight schools hand-coded " + p, HandCodedEightSchoolsModel.standard(p));
            report("eight schools declared   " + p, EightSchoolsModel.standard(p));
        }
        for (int groups : new int[] {8, 100, 1000}) {
            for (Centering c : Centering.values()) {
                report("groups J=" + groups + " " + c, ExampleModels.groups(groups, 5, c, 1));
            }
        }
    }

    private static void report(String name, LogDensity shared) {
        LogDensity model = shared.forThread();
        if (filter != null && !name.contains(filter)) {
            return;
        }
        int d = model.dimension();
        Random random = new Random(1);
        double[][] points = new double[64][d];
        for (double[] q : points) {
            for (int k = 0; k < d; k++) {
                q[k] = 0.5 * random.nextGaussian();
            }
        }
        double[] gradient = new double[d];
        int calls = Math.max(200, 20_000_000 / (10 * d + 100));
        double sink = 0;
        for (int i = 0; i < calls; i++) {
            sink += model.logDensityGradient(points[i & 63], gradient);
        }
        double[] blocks = new double[9];
        for (int b = 0; b < blocks.length; b++) {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < calls; i++) {
                sink += model.logDensityGradient(points[i & 63], gradient);
            }
            blocks[b] = (THREADS.getCurrentThreadCpuTime() - start) / 1e3 / calls;
        }
        java.util.Arrays.sort(blocks);
        System.out.printf(Locale.ROOT, "%-40s d=%5d  %9.3f us/gradient  (min %.3f)%s%n", name, d, blocks[4],
                blocks[0], Double.isNaN(sink) ? " NaN" : "");
    }
}
