package org.shrinkagelab.bench;

import java.util.Locale;
import java.util.Random;
import org.shrinkagelab.engine.model.ExampleModels;
import org.shrinkagelab.engine.model.LogDensity;

/**
 * One line per registered example model: a digest of the exact bits of its log density and gradient at 200
 * random points (not a test; run by hand on two builds to show that a change to the gradient code changed no
 * bit). Equal lines mean equal numbers at every point, so equal draws for the same seed.
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) org.shrinkagelab.bench.GradientDigest
 * </pre>
 */
public final class GradientDigest {
    private GradientDigest() {
    }

    /** Prints each example's name and the digest of its values and gradients. */
    public static void main(String[] args) {
        for (ExampleModels.Example example : ExampleModels.all()) {
            LogDensity model = example.model().forThread();
            int d = model.dimension();
            Random random = new Random(11);
            long digest = 17;
            double[] q = new double[d];
            double[] g = new double[d];
            for (int trial = 0; trial < 200; trial++) {
                double scale = trial < 100 ? 1 : 3;
                for (int k = 0; k < d; k++) {
                    q[k] = scale * random.nextGaussian();
                }
                digest = 31 * digest + Double.doubleToLongBits(model.logDensityGradient(q, g));
                for (double x : g) {
                    digest = 31 * digest + Double.doubleToLongBits(x);
                }
            }
            System.out.printf(Locale.ROOT, "%016x  %s%n", digest, example.name());
        }
    }
}
