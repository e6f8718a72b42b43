package org.shrinkagelab.problems.dyson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Simulation;
import org.shrinkagelab.stats.RandomStreams;

/**
 * The simulated Dyson Spheres light curves (the course's file was never published): each object a
 * sinusoid of its own frequency, amplitude and phase plus Gaussian noise, seen once per night near
 * midnight over a baseline of nights with some lost to weather, so that its periodogram shows the
 * daily aliases f +- 1/day and 1/day - f. Population: log10 f ~ N(log10 0.8, 0.35) per day,
 * ln A = slope ln f + N(0, 0.2) (times the signal-to-noise factor), phase ~ U(0, 2 pi), noise sd
 * ~ U(0.8, 1.2) (reported as flux_err), mean flux ~ N(100, 5). Object k draws from stream k of the
 * seed; StrictMath and fixed-precision formatting make the bytes the same on every machine.
 */
public final class DysonSpheresSimulation implements Simulation {
    /** Hours either side of midnight a visit may fall (uniform). */
    private static final double JITTER_HOURS = 1.5;
    /** Hours between visits of one night when there are several. */
    private static final double VISIT_SPACING_HOURS = 4;

    /** One object's true parameters. */
    public record Truth(String name, double frequency, double amplitude, double phase, double mean, double noise) {
    }

    /** One object: its truth and its observations. */
    public record SimulatedObject(Truth truth, double[] time, double[] flux, double[] fluxError) {
    }

    @Override
    public String id() {
        return "dyson-spheres";
    }

    @Override
    public String description() {
        return "sparse nightly light curves of sinusoidally varying objects (object,time,flux,flux_err)";
    }

    @Override
    public List<ParameterSpec> options() {
        return List.of(
                ParameterSpec.integer("seed", "Seed", 0, Long.MAX_VALUE, 20261201),
                ParameterSpec.integer("objects", "Objects", 1, 1000, 12),
                ParameterSpec.integer("baseline", "Nights", 3, 10_000, 120),
                ParameterSpec.integer("visits-per-night", "Visits per night", 1, 3, 1),
                ParameterSpec.real("weather-loss", "Nights lost to weather", 0, 0.95, 0.45),
                ParameterSpec.real("snr", "Amplitude factor (signal to noise)", 0.01, 100, 1),
                ParameterSpec.real("amp-freq-slope", "Slope of ln A on ln f", -5, 5, -0.6));
    }

    /** The objects with their true parameters, as {@link #csv} writes them. */
    public List<SimulatedObject> simulate(Settings s) {
        int objects = s.integer("objects");
        int nights = s.integer("baseline");
        int visits = s.integer("visits-per-night");
        double loss = s.real("weather-loss");
        double snr = s.real("snr");
        double slope = s.real("amp-freq-slope");
        List<UniformRandomProvider> streams = RandomStreams.independent(s.longValue("seed"), objects);
        List<SimulatedObject> out = new ArrayList<>(objects);
        for (int k = 0; k < objects; k++) {
            UniformRandomProvider rng = streams.get(k);
            double log10f = StrictMath.log10(0.8) + 0.35 * gaussian(rng);
            double f = StrictMath.pow(10, log10f);
            double amplitude = snr * StrictMath.exp(slope * StrictMath.log(f) + 0.2 * gaussian(rng));
            double phase = 2 * StrictMath.PI * rng.nextDouble();
            double noise = 0.8 + 0.4 * rng.nextDouble();
            double mean = 100 + 5 * gaussian(rng);
            List<Double> times = new ArrayList<>();
            for (int night = 0; night < nights; night++) {
                if (rng.nextDouble() < loss) {
                    continue;
                }
                for (int v = 0; v < visits; v++) {
                    double hours = (v - (visits - 1) / 2.0) * VISIT_SPACING_HOURS
                            + JITTER_HOURS * (2 * rng.nextDouble() - 1);
                    times.add(night + 0.5 + hours / 24);
                }
            }
            double[] t = new double[times.size()];
            double[] y = new double[t.length];
            double[] dy = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                t[i] = round(times.get(i), 5);
                y[i] = round(mean + amplitude * StrictMath.sin(2 * StrictMath.PI * f * t[i] + phase)
                        + noise * gaussian(rng), 4);
                dy[i] = round(noise, 4);
            }
            String name = String.format(Locale.ROOT, "DS-%02d", k + 1);
            out.add(new SimulatedObject(new Truth(name, f, amplitude, phase, mean, noise), t, y, dy));
        }
        return out;
    }

    @Override
    public String csv(Settings settings) {
        StringBuilder b = new StringBuilder("object,time,flux,flux_err\n");
        for (SimulatedObject o : simulate(settings)) {
            for (int i = 0; i < o.time().length; i++) {
                b.append(String.format(Locale.ROOT, "%s,%.5f,%.4f,%.4f\n", o.truth().name(), o.time()[i], o.flux()[i],
                        o.fluxError()[i]));
            }
        }
        return b.toString();
    }

    /** Rounds to the digits the CSV keeps, so the returned data equal what the file holds. */
    private static double round(double v, int digits) {
        return Double.parseDouble(String.format(Locale.ROOT, "%." + digits + "f", v));
    }

    /** A standard normal draw by Box-Muller in StrictMath (the same bits on every JVM). */
    private static double gaussian(UniformRandomProvider rng) {
        double u = 1 - rng.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * rng.nextDouble());
    }
}
