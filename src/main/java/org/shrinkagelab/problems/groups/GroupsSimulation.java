package org.shrinkagelab.problems.groups;

import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.shrinkagelab.data.GroupsData;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Simulation;
import org.shrinkagelab.stats.RandomStreams;

/**
 * The {@code groups} problem's synthetic data: J groups of 5 observations, alpha_j ~ N(mu, tau) and
 * y_ij ~ N(alpha_j, sigma) with mu = 1, tau = 0.5, sigma = 2. The group effects and the noise have their
 * own seeded streams, so the first groups' data do not change when J grows.
 */
public final class GroupsSimulation implements Simulation {
    /** The population mean the data are simulated with. */
    public static final double MU = 1;
    /** The population spread the data are simulated with. */
    public static final double TAU = 0.5;
    /** The noise the data are simulated with. */
    public static final double SIGMA = 2;
    /** Observations per group. */
    public static final int PER_GROUP = 5;
    /** The largest number of groups. */
    public static final int MAX_GROUPS = 100_000;

    @Override
    public String id() {
        return "groups";
    }

    @Override
    public String description() {
        return "J groups of 5 observations, y ~ N(alpha_j, 2), alpha_j ~ N(1, 0.5)";
    }

    @Override
    public List<ParameterSpec> options() {
        return List.of(ParameterSpec.integer("seed", "Seed", 0, Integer.MAX_VALUE, 1),
                ParameterSpec.integer("groups", "Groups J", 1, MAX_GROUPS, 8));
    }

    /** The data of {@code groups} groups of 5 under this seed, values rounded to 4 decimals as in the CSV. */
    public static GroupsData simulate(int groups, long seed) {
        return simulate(groups, PER_GROUP, seed);
    }

    /** As {@link #simulate(int, long)} with {@code perGroup} observations in each group. */
    public static GroupsData simulate(int groups, int perGroup, long seed) {
        var streams = RandomStreams.independent(seed, 2);
        ZigguratSampler.NormalizedGaussian effects = ZigguratSampler.NormalizedGaussian.of(streams.get(0));
        ZigguratSampler.NormalizedGaussian noise = ZigguratSampler.NormalizedGaussian.of(streams.get(1));
        int n = groups * perGroup;
        int[] group = new int[n];
        double[] y = new double[n];
        for (int j = 0; j < groups; j++) {
            double alpha = MU + TAU * effects.sample();
            for (int i = 0; i < perGroup; i++) {
                group[j * perGroup + i] = j;
                y[j * perGroup + i] = Math.rint((alpha + SIGMA * noise.sample()) * 1e4) / 1e4 + 0.0;
            }
        }
        return new GroupsData(group, y, groups);
    }

    @Override
    public String csv(Settings settings) {
        GroupsData data = simulate(settings.integer("groups"), settings.longValue("seed"));
        StringBuilder sb = new StringBuilder("group,y\n");
        for (int i = 0; i < data.size(); i++) {
            sb.append(data.group()[i] + 1).append(',').append(String.format(Locale.ROOT, "%.4f", data.y()[i])).append('\n');
        }
        return sb.toString();
    }
}
