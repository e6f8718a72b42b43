package org.shrinkagelab.problems.fivedistricts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.shrinkagelab.data.FiveDistrictsData;
import org.shrinkagelab.data.FiveDistrictsData.School;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Simulation;
import org.shrinkagelab.stats.RandomStreams;

/**
 * The simulated Five Districts data (the course never published its file): districts A..E with 3, 4,
 * 5, 7, 8 schools; beta_d ~ N(mu, tau_D), beta_j ~ N(beta_d, tau_S), hours_j = c_d + U(-6, 6) with
 * centres 10, 15, 20, 25, 30 h, stderr_j ~ U(8, 18) (U(1, 3) in the well-identified preset) and
 * improvement_j ~ N(beta_j hours_j, stderr_j). Each kind of draw has its own seeded stream, so the
 * preset changes the noise but not the slopes or the hours.
 */
public final class FiveDistrictsSimulation implements Simulation {
    /** The seed of the shipped data/five_districts.csv. */
    public static final long SHIPPED_SEED = 2026;
    /** Schools per district, A..E (unbalanced on purpose). */
    static final int[] SCHOOLS = {3, 4, 5, 7, 8};
    /** The districts' centres of hours studied, A..E: the pooled slope is confounded with district. */
    static final double[] CENTRES = {10, 15, 20, 25, 30};
    /** Half-width of the uniform spread of hours around a district's centre. */
    static final double HOURS_HALF_WIDTH = 6;

    private static final int DISTRICT_SLOPES = 0;
    private static final int SCHOOL_SLOPES = 1;
    private static final int HOURS = 2;
    private static final int STDERRS = 3;
    private static final int NOISE = 4;

    @Override
    public String id() {
        return "five-districts";
    }

    @Override
    public String description() {
        return "27 schools in 5 districts: hours studied, score improvement and its standard error";
    }

    @Override
    public List<ParameterSpec> options() {
        return List.of(
                ParameterSpec.integer("seed", "Seed", 0, Integer.MAX_VALUE, SHIPPED_SEED),
                ParameterSpec.choice("preset", "Preset", List.of("default", "well-identified"), "default"),
                ParameterSpec.real("mu", "Population slope mu (points/hour)", -5, 5, 0.5),
                ParameterSpec.real("tau-d", "District spread tau_D (points/hour)", 0, 5, 0.25),
                ParameterSpec.real("tau-s", "School spread tau_S (points/hour)", 0, 5, 0.10));
    }

    /** The range of the standard errors (points) under a preset: U(8, 18) by default, U(1, 3) well identified. */
    static double[] stderrRange(String preset) {
        return "well-identified".equals(preset) ? new double[] {1, 3} : new double[] {8, 18};
    }

    /** The simulated schools, their numbers rounded to two decimals as in the CSV. */
    public FiveDistrictsData simulate(Settings settings) {
        List<UniformRandomProvider> streams = RandomStreams.independent(settings.longValue("seed"), 5);
        ZigguratSampler.NormalizedGaussian districtZ = ZigguratSampler.NormalizedGaussian.of(streams.get(DISTRICT_SLOPES));
        ZigguratSampler.NormalizedGaussian schoolZ = ZigguratSampler.NormalizedGaussian.of(streams.get(SCHOOL_SLOPES));
        ZigguratSampler.NormalizedGaussian noiseZ = ZigguratSampler.NormalizedGaussian.of(streams.get(NOISE));
        UniformRandomProvider hoursU = streams.get(HOURS);
        UniformRandomProvider stderrU = streams.get(STDERRS);
        double mu = settings.real("mu");
        double tauD = settings.real("tau-d");
        double tauS = settings.real("tau-s");
        double[] range = stderrRange(settings.text("preset"));
        List<School> schools = new ArrayList<>();
        for (int d = 0; d < SCHOOLS.length; d++) {
            String district = String.valueOf((char) ('A' + d));
            double betaD = mu + tauD * districtZ.sample();
            for (int k = 1; k <= SCHOOLS[d]; k++) {
                double betaJ = betaD + tauS * schoolZ.sample();
                double hours = round2(CENTRES[d] + HOURS_HALF_WIDTH * (2 * hoursU.nextDouble() - 1));
                double stderr = round2(range[0] + (range[1] - range[0]) * stderrU.nextDouble());
                double improvement = round2(betaJ * hours + stderr * noiseZ.sample());
                schools.add(new School(district, district + k, hours, improvement, stderr));
            }
        }
        return new FiveDistrictsData(schools);
    }

    @Override
    public String csv(Settings settings) {
        StringBuilder sb = new StringBuilder(String.join(",", FiveDistrictsData.COLUMNS)).append('\n');
        for (School s : simulate(settings).schools()) {
            sb.append(s.district()).append(',').append(s.school()).append(',').append(fixed(s.hours())).append(',')
                    .append(fixed(s.improvement())).append(',').append(fixed(s.stderr())).append('\n');
        }
        return sb.toString();
    }

    /** Two decimals, so that the CSV's bytes do not depend on how a JVM prints doubles. */
    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static double round2(double v) {
        return Math.rint(v * 100) / 100 + 0.0; // + 0.0 turns -0.0 into 0.0, so no "-0.00"
    }
}
