package org.shrinkagelab.problems.groups;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shrinkagelab.charts.DagFigure;
import org.shrinkagelab.data.DataFormatException;
import org.shrinkagelab.data.GroupsData;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.engine.model.Centering;
import org.shrinkagelab.engine.model.DeclaredModel;
import org.shrinkagelab.engine.model.GradientCount;
import org.shrinkagelab.engine.sample.ChainRunner;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.engine.sample.SamplerRun;
import org.shrinkagelab.problems.BenchmarkCase;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.workbench.ModelFit;
import org.shrinkagelab.workbench.Parameterization;
import org.shrinkagelab.workbench.SamplerOptions;
import org.shrinkagelab.workbench.WorkbenchProblem;

/**
 * Varying intercepts at any scale, the workbench's synthetic benchmark: y_ij ~ N(alpha_j, sigma),
 * alpha_j ~ N(mu, tau), on simulated data ({@link GroupsSimulation}) or a user's {@code group,y} file.
 */
public final class GroupsProblem extends WorkbenchProblem {
    /** The problem's id on the command line. */
    public static final String ID = "groups";
    /** The option naming a data file (empty: simulate). */
    public static final String DATA = "data";
    /** The option giving the number of simulated groups. */
    public static final String GROUPS = "groups";
    /** The option giving the seed of the simulated data. */
    public static final String DATA_SEED = "data-seed";
    /** The group counts {@code bench groups} runs when no {@code --groups} is given. */
    public static final List<Integer> BENCH_GROUPS = List.of(8, 100, 1000);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Groups — varying intercepts";
    }

    @Override
    protected List<ParameterSpec> modelParameters() {
        return List.of(
                SamplerOptions.parameterization(null, Parameterization.NONCENTERED),
                ParameterSpec.integer(GROUPS, "Simulated groups J", 2, GroupsSimulation.MAX_GROUPS, 8),
                ParameterSpec.integer(DATA_SEED, "Seed of the simulated data", 0, ParameterSpec.MAX_SEED, 1),
                ParameterSpec.text(DATA, "Data file (group,y)", "a CSV file with columns group,y, or empty to simulate",
                        "", GroupsProblem::readData));
    }

    /** The file's data, or "" for none; the message of a bad file names its line and column. */
    private static Object readData(String file) {
        if (file.isBlank()) {
            return "";
        }
        try {
            return GroupsData.read(Path.of(file));
        } catch (DataFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The data in force: the file's if one is given, else {@code simulate groups --groups J --seed data-seed}. */
    public static GroupsData data(Settings settings) {
        Object file = settings.parsed(DATA);
        return file instanceof GroupsData d ? d
                : GroupsSimulation.simulate(settings.integer(GROUPS), settings.longValue(DATA_SEED));
    }

    @Override
    public DeclaredModel model(Settings settings) {
        return GroupsModel.declare(data(settings), centering(settings));
    }

    /** The parameterization of the group effects in force. */
    public static Centering centering(Settings settings) {
        return Parameterization.parse(settings.text(SamplerOptions.PARAMETERIZATION)).centering();
    }

    @Override
    protected Map<String, Object> quantities(Settings settings, ModelFit fit) {
        GroupsData data = data(settings);
        return Map.of("groups", data.groups(), "observations", data.size());
    }

    /** mu, tau -> alpha_j -> y_ij <- sigma, the observations' plate nested in the groups'. */
    @Override
    public DagFigure.Graph dag(Settings settings) {
        return new DagFigure.Graph(List.of(
                new DagFigure.Node("mu", "μ", DagFigure.Kind.LATENT, null, 0, 0),
                new DagFigure.Node("tau", "τ", DagFigure.Kind.LATENT, null, 1, 0),
                new DagFigure.Node("alpha", "α_j", DagFigure.Kind.LATENT, "j", 0.5, 1),
                new DagFigure.Node("sigma", "σ", DagFigure.Kind.LATENT, null, 1.6, 1),
                new DagFigure.Node("y", "y_ij", DagFigure.Kind.OBSERVED, "i", 0.5, 2)),
                List.of(new DagFigure.Edge("mu", "alpha"), new DagFigure.Edge("tau", "alpha"),
                        new DagFigure.Edge("alpha", "y"), new DagFigure.Edge("sigma", "y")),
                List.of(new DagFigure.Plate("j", "group j = 1.." + data(settings).groups(), null),
                        new DagFigure.Plate("i", "i in group j", "j")));
    }

    /** One case per J of {@link #BENCH_GROUPS}, on the data of {@code simulate groups --groups J --seed 1}. */
    @Override
    public List<BenchmarkCase> benchmarks() {
        return BENCH_GROUPS.stream().map(j -> benchmark(defaults().with(GROUPS, (long) j))).toList();
    }

    /** The one case of the options given ({@code bench groups --groups J [--seed S] ...}). */
    @Override
    public List<BenchmarkCase> benchmarks(Settings settings) {
        return List.of(benchmark(settings));
    }

    /**
     * A full run with the chains one after another: bulk-ESS per second of chain CPU time summed over the chains
     * (warmup included) as {@code min} (over mu, tau, sigma and every alpha_j) and {@code tau}; and as figures the
     * CPU microseconds per gradient (chain time over every leapfrog step), the heap's peak and the megabytes the
     * stored draws take.
     */
    private BenchmarkCase benchmark(Settings settings) {
        DeclaredModel model = model(settings);
        return new BenchmarkCase("J" + data(settings).groups(), ignored -> {
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            GradientCount counted = new GradientCount(model);
            SamplerRun run = ChainRunner.run(counted, sampler(settings), JobContext.none());
            double seconds = run.totalChainCpuSeconds();
            Draws draws = run.draws();
            double minEss = Double.POSITIVE_INFINITY;
            for (String name : draws.parameters()) {
                minEss = Math.min(minEss, Diagnostics.essBulk(draws.parameter(name)));
            }
            Map<String, Double> out = new LinkedHashMap<>();
            out.put("min", minEss / seconds);
            out.put("tau", Diagnostics.essBulk(draws.parameter("tau")) / seconds);
            out.put(BenchmarkCase.FIGURE + "us_per_gradient", 1e6 * seconds / counted.count());
            out.put(BenchmarkCase.FIGURE + "peak_heap_mb",
                    heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e6);
            out.put(BenchmarkCase.FIGURE + "draws_mb", storedBytes(draws) / 1e6);
            return out;
        });
    }

    /** The bytes of the draws' value arrays (array headers aside). */
    private static long storedBytes(Draws draws) {
        long stored = 0;
        for (double[][] chain : draws.values()) {
            for (double[] column : chain) {
                stored += column.length;
            }
        }
        return stored * Double.BYTES;
    }
}
