package org.shrinkagelab.engine.sample;

import java.util.ArrayList;
import java.util.List;
import org.shrinkagelab.engine.model.LogDensity;

/** Small targets with known moments, for testing samplers independently of the project's models. */
final class TestDensities {
    private TestDensities() {
    }

    private static List<String> names(String base, int d) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= d; i++) {
            names.add(base + "[" + i + "]");
        }
        return names;
    }

    /** The standard normal in d dimensions; outputs x[1..d]. */
    static LogDensity standardNormal(int d) {
        return new LogDensity() {
            @Override
            public int dimension() {
                return d;
            }

            @Override
            public double logDensityGradient(double[] q, double[] gradient) {
                double lp = 0;
                for (int i = 0; i < d; i++) {
                    lp -= 0.5 * q[i] * q[i];
                    gradient[i] = -q[i];
                }
                return lp;
            }

            @Override
            public List<String> outputNames() {
                return names("x", d);
            }

            @Override
            public void outputs(double[] q, double[] out) {
                System.arraycopy(q, 0, out, 0, d);
            }
        };
    }

    /** A 2-D Gaussian with the given means, standard deviations and correlation; outputs x[1], x[2]. */
    static LogDensity gaussian2d(double m1, double m2, double s1, double s2, double rho) {
        double det = s1 * s1 * s2 * s2 * (1 - rho * rho);
        double p11 = s2 * s2 / det;
        double p22 = s1 * s1 / det;
        double p12 = -rho * s1 * s2 / det;
        return new LogDensity() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double logDensityGradient(double[] q, double[] gradient) {
                double a = q[0] - m1;
                double b = q[1] - m2;
                gradient[0] = -(p11 * a + p12 * b);
                gradient[1] = -(p12 * a + p22 * b);
                return -0.5 * (p11 * a * a + 2 * p12 * a * b + p22 * b * b);
            }

            @Override
            public List<String> outputNames() {
                return names("x", 2);
            }

            @Override
            public void outputs(double[] q, double[] out) {
                out[0] = q[0];
                out[1] = q[1];
            }
        };
    }

    /** Neal's funnel: v ~ N(0, 3), x[i] ~ N(0, exp(v / 2)) for i = 1..d-1; outputs v, x[1..d-1]. */
    static LogDensity funnel(int d) {
        return new LogDensity() {
            @Override
            public int dimension() {
                return d;
            }

            @Override
            public double logDensityGradient(double[] q, double[] gradient) {
                double v = q[0];
                double inv = Math.exp(-v);
                double lp = -v * v / 18;
                gradient[0] = -v / 9;
                for (int i = 1; i < d; i++) {
                    lp += -0.5 * q[i] * q[i] * inv - 0.5 * v;
                    gradient[0] += 0.5 * q[i] * q[i] * inv - 0.5;
                    gradient[i] = -q[i] * inv;
                }
                return lp;
            }

            @Override
            public List<String> outputNames() {
                List<String> names = new ArrayList<>(List.of("v"));
                names.addAll(names("x", d - 1));
                return names;
            }

            @Override
            public void outputs(double[] q, double[] out) {
                System.arraycopy(q, 0, out, 0, d);
            }
        };
    }

    /**
     * N(0, 1) in one dimension with a step: the log density is {@code height} lower outside (-1, 1) (same
     * gradient). Above Stan's 1000 a trajectory that leaves the interval diverges; below, the halves of a tree
     * that leaves and comes back have weights differing by e^height. Output x.
     */
    static LogDensity cliff(double height) {
        return new LogDensity() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public double logDensityGradient(double[] q, double[] gradient) {
                gradient[0] = -q[0];
                return -0.5 * q[0] * q[0] - (Math.abs(q[0]) > 1 ? height : 0);
            }

            @Override
            public List<String> outputNames() {
                return List.of("x");
            }

            @Override
            public void outputs(double[] q, double[] out) {
                out[0] = q[0];
            }
        };
    }

    /** A one-dimensional target whose log density is -infinity everywhere; counts its evaluations in calls[0]. */
    static LogDensity nowhere(int[] calls) {
        return new LogDensity() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public double logDensityGradient(double[] q, double[] gradient) {
                calls[0]++;
                gradient[0] = 0;
                return Double.NEGATIVE_INFINITY;
            }

            @Override
            public List<String> outputNames() {
                return List.of("x");
            }

            @Override
            public void outputs(double[] q, double[] out) {
                out[0] = q[0];
            }
        };
    }
}
