package org.shrinkagelab.problems.dyson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.shrinkagelab.engine.sample.Draws;

/**
 * Where in the posterior the divergent transitions sit, parameter by parameter: each divergent draw's
 * percentile among the non-divergent draws of all chains, averaged. A parameter unrelated to the
 * divergences gives a mean near 0.5; a funnel shows as divergences crowded into one tail (the divergent
 * draw is a point of the trajectory that diverged, so it lies near the region of high curvature).
 *
 * <p>Divergent draws come in runs (a chain stuck near a funnel's neck diverges on several iterations in a
 * row), so the chance spread of the mean percentile is judged by <em>episodes</em>, divergent draws with no
 * divergent draw in the {@link #EPISODE_GAP} iterations before them in their chain: under "unrelated" the
 * mean of {@code e} independent uniform percentiles has standard deviation 1/sqrt(12 e), and
 * z = (mean - 0.5) sqrt(12 e). A parameter is called a site of the divergences when |z| is at least
 * {@link #Z_SITE} (chance odds about 1 in 4,000 for one parameter, under 1 in 50 over the 50-odd
 * parameters of the default fit) and its mean percentile lies outside [0.25, 0.75].
 */
public final class DivergenceLocation {
    /** Iterations of a chain within which a later divergent draw belongs to the same episode. */
    static final int EPISODE_GAP = 10;
    /** |z| from which a parameter counts as a site of the divergences. */
    static final double Z_SITE = 3.5;
    /** How far from 0.5 the mean percentile must also be. */
    static final double OFF_CENTRE = 0.25;

    /**
     * One parameter's reading.
     *
     * @param parameter      the parameter's name
     * @param meanPercentile the divergent draws' mean percentile among the non-divergent draws, in [0, 1]
     * @param z              (meanPercentile - 0.5) sqrt(12 episodes)
     */
    public record Site(String parameter, double meanPercentile, double z) {
        /** Tells whether the divergences crowd into one tail of this parameter. */
        public boolean concentrated() {
            return Math.abs(z) >= Z_SITE && Math.abs(meanPercentile - 0.5) >= OFF_CENTRE;
        }

        /** "low" or "high": the tail the divergent draws crowd into. */
        public String tail() {
            return meanPercentile < 0.5 ? "low" : "high";
        }
    }

    private final int divergent;
    private final int episodes;
    private final List<Site> sites;

    private DivergenceLocation(int divergent, int episodes, List<Site> sites) {
        this.divergent = divergent;
        this.episodes = episodes;
        this.sites = sites;
    }

    /** Reads the draws' divergent__ flags against the named parameters (none when no divergence or no flags). */
    public static DivergenceLocation of(Draws draws, List<String> parameters) {
        if (!draws.hasStat("divergent__")) {
            return new DivergenceLocation(0, 0, List.of());
        }
        double[][] flags = draws.stat("divergent__");
        int divergent = 0;
        int episodes = 0;
        for (double[] chain : flags) {
            int last = Integer.MIN_VALUE / 2;
            for (int i = 0; i < chain.length; i++) {
                if (chain[i] != 0) {
                    divergent++;
                    if (i - last > EPISODE_GAP) {
                        episodes++;
                    }
                    last = i;
                }
            }
        }
        int total = Arrays.stream(flags).mapToInt(c -> c.length).sum();
        if (divergent == 0 || divergent == total) {
            return new DivergenceLocation(divergent, episodes, List.of());
        }
        List<Site> sites = new ArrayList<>();
        for (String p : parameters) {
            sites.add(site(p, draws.parameter(p), flags, divergent, episodes));
        }
        sites.sort(Comparator.comparingDouble((Site s) -> -Math.abs(s.z())));
        return new DivergenceLocation(divergent, episodes, List.copyOf(sites));
    }

    private static Site site(String name, double[][] values, double[][] flags, int divergent, int episodes) {
        double[] calm = new double[Arrays.stream(flags).mapToInt(c -> c.length).sum() - divergent];
        double[] wild = new double[divergent];
        int nc = 0;
        int nw = 0;
        for (int c = 0; c < flags.length; c++) {
            for (int i = 0; i < flags[c].length; i++) {
                if (flags[c][i] != 0) {
                    wild[nw++] = values[c][i];
                } else {
                    calm[nc++] = values[c][i];
                }
            }
        }
        Arrays.sort(calm);
        double sum = 0;
        for (double v : wild) {
            sum += percentile(calm, v);
        }
        double mean = sum / divergent;
        return new Site(name, mean, (mean - 0.5) * Math.sqrt(12.0 * episodes));
    }

    /** The share of the sorted values below v, ties counted half. */
    static double percentile(double[] sorted, double v) {
        int below = lowerBound(sorted, v);
        int upTo = lowerBound(sorted, Math.nextUp(v));
        return (below + 0.5 * (upTo - below)) / sorted.length;
    }

    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Divergent draws. */
    public int divergent() {
        return divergent;
    }

    /** Runs of divergent draws (see the class comment). */
    public int episodes() {
        return episodes;
    }

    /** Every parameter's reading, strongest |z| first (empty without divergences). */
    public List<Site> sites() {
        return sites;
    }

    /** The parameters the divergences concentrate in, strongest first. */
    public List<Site> concentrated() {
        return sites.stream().filter(Site::concentrated).toList();
    }
}
