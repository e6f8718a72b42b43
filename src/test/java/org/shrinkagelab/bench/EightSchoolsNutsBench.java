package org.shrinkagelab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.engine.model.GradientCount;
import org.shrinkagelab.engine.model.LogDensity;
import org.shrinkagelab.engine.sample.ChainRunner;
import org.shrinkagelab.engine.sample.SamplerRun;
import org.shrinkagelab.engine.sample.SamplerSettings;
import org.shrinkagelab.problems.eightschools.mcmc.EightSchoolsMcmcProblem;
import org.shrinkagelab.problems.eightschools.mcmc.EightSchoolsModel;
import org.shrinkagelab.problems.eightschools.mcmc.McmcSettings;
import org.shrinkagelab.workbench.Parameterization;

/**
 * The tab's default NUTS run (chains one after another on this thread) on the declared Eight Schools model
 * and on the hand-coded one it replaced, alternating, for each parameterization (not a test; run by hand).
 * Prints, per model, the median over the runs of the chains' summed CPU time and of bulk ESS of tau per CPU
 * second, and the gradients a run takes. The two models' log densities differ in their last bits (the order in
 * which constants are summed), so their draws differ and so does ESS: compare the CPU time per gradient. On a
 * loaded machine name one parameterization per JVM: the second one's first runs otherwise wait for C2 to
 * recompile the gradient the first one's profile shaped (seconds under load), and its figures include that.
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) org.shrinkagelab.bench.EightSchoolsNutsBench [runs [centered|noncentered]]
 * </pre>
 */
public final class EightSchoolsNutsBench {
    private EightSchoolsNutsBench() {
    }

    /** Runs each model {@code runs} times (default 7) after two warm-up runs each, for one parameterization if named. */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        McmcSettings defaults = McmcSettings.from(new EightSchoolsMcmcProblem().defaults());
        SamplerSettings sampler = defaults.sampler();
        List<Parameterization> parameterizations = args.length > 1 ? List.of(Parameterization.parse(args[1]))
                : List.of(Parameterization.values());
        for (Parameterization p : parameterizations) {
            LogDensity declared = new EightSchoolsModel(defaults.data(), p, defaults.muPrior(), defaults.tauPrior(),
                    defaults.population());
            LogDensity hand = new HandCodedEightSchoolsModel(defaults.data(), p, defaults.muPrior(),
                    defaults.tauPrior(), defaults.population());
            List<double[]> declaredRuns = new ArrayList<>();
            List<double[]> handRuns = new ArrayList<>();
            for (int r = -2; r < runs; r++) {
                SamplerRun d = ChainRunner.run(declared, sampler, JobContext.none());
                SamplerRun h = ChainRunner.run(hand, sampler, JobContext.none());
                if (r >= 0) {
                    declaredRuns.add(figures(d));
                    handRuns.add(figures(h));
                }
            }
            print("declared   " + p, declaredRuns, gradients(declared, sampler));
            print("hand-coded " + p, handRuns, gradients(hand, sampler));
        }
    }

    /** The gradients one run takes (the same in every run: same seed, same numbers). */
    private static long gradients(LogDensity model, SamplerSettings sampler) {
        GradientCount counted = new GradientCount(model);
        ChainRunner.run(counted, sampler, JobContext.none());
        return counted.count();
    }

    private static double[] figures(SamplerRun run) {
        double seconds = run.totalChainCpuSeconds();
        return new double[] {seconds, Diagnostics.essBulk(run.draws().parameter("tau")) / seconds};
    }

    private static void print(String name, List<double[]> runs, long gradients) {
        double[] seconds = runs.stream().mapToDouble(f -> f[0]).sorted().toArray();
        double[] ess = runs.stream().mapToDouble(f -> f[1]).sorted().toArray();
        double median = seconds[seconds.length / 2];
        System.out.printf(Locale.ROOT, "%-24s chain CPU %7.1f ms  %8d gradients  %.3f us per gradient  "
                + "tau bulk-ESS/s %6.0f  (medians of %d)%n", name, 1e3 * median, gradients, 1e6 * median / gradients,
                ess[ess.length / 2], runs.size());
    }
}
