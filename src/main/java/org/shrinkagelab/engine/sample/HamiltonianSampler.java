package org.shrinkagelab.engine.sample;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.shrinkagelab.engine.model.LogDensity;

/**
 * What NUTS and static HMC share, following Stan's {@code base_hmc} with a diagonal Euclidean
 * metric: the leapfrog integrator, the Hamiltonian, the initial step-size search, and warmup
 * adaptation (dual averaging of the step size, windowed variance estimation of the metric).
 */
public abstract class HamiltonianSampler implements ChainSampler {
    /** Energy error above which a trajectory is called divergent, as in Stan. */
    public static final double MAX_DELTA_H = 1000;

    final LogDensity model;
    final int dimension;
    final UniformRandomProvider rng;
    private final NormalizedGaussianSampler gaussian;
    final double[] inverseMetric;
    final PhasePoint z;
    private final PhasePoint zInit;
    double stepSize = 1;
    private final StepSizeAdaptation stepSizeAdaptation;
    private final VarianceAdaptation varianceAdaptation;
    private boolean adapting;

    HamiltonianSampler(LogDensity model, UniformRandomProvider rng, double adaptDelta) {
        this.model = model;
        this.dimension = model.dimension();
        this.rng = rng;
        this.gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
        this.inverseMetric = new double[dimension];
        Arrays.fill(inverseMetric, 1.0);
        this.z = new PhasePoint(dimension);
        this.zInit = new PhasePoint(dimension);
        this.stepSizeAdaptation = new StepSizeAdaptation(adaptDelta);
        this.varianceAdaptation = new VarianceAdaptation(dimension);
    }

    @Override
    public void initialize(double[] q0) {
        System.arraycopy(q0, 0, z.q, 0, dimension);
        z.logDensity = model.logDensityGradient(z.q, z.grad);
        initStepSize();
    }

    @Override
    public void startAdaptation(int warmup) {
        // As Stan's services: mu comes from the step size given before the heuristic search (1).
        stepSizeAdaptation.setMu(Math.log(10 * 1.0));
        stepSizeAdaptation.restart();
        varianceAdaptation.setWarmup(warmup);
        adapting = true;
    }

    @Override
    public void finishAdaptation() {
        if (adapting) {
            adapting = false;
            stepSize = stepSizeAdaptation.finalStepSize();
        }
    }

    @Override
    public double[] position() {
        return z.q;
    }

    @Override
    public double stepSize() {
        return stepSize;
    }

    @Override
    public double[] inverseMetric() {
        return inverseMetric.clone();
    }

    /** After a warmup transition: updates the step size and, at a window's end, the metric. */
    final void adapt(double acceptStat) {
        if (!adapting) {
            return;
        }
        stepSize = stepSizeAdaptation.learn(acceptStat);
        if (varianceAdaptation.learn(z.q, inverseMetric)) {
            initStepSize();
            stepSizeAdaptation.setMu(Math.log(10 * stepSize));
            stepSizeAdaptation.restart();
        }
    }

    /** Draws a fresh momentum p ~ N(0, M) for the point. */
    final void sampleMomentum(PhasePoint point) {
        for (int i = 0; i < dimension; i++) {
            point.p[i] = gaussian.sample() / Math.sqrt(inverseMetric[i]);
        }
    }

    /** The Hamiltonian -log p(q) + p' M^-1 p / 2, with NaN read as +infinity. */
    final double hamiltonian(PhasePoint point) {
        double kinetic = 0;
        for (int i = 0; i < dimension; i++) {
            kinetic += inverseMetric[i] * point.p[i] * point.p[i];
        }
        double h = -point.logDensity + 0.5 * kinetic;
        return Double.isNaN(h) ? Double.POSITIVE_INFINITY : h;
    }

    /** One leapfrog step of signed size {@code eps} from the point, in place. */
    final void leapfrog(PhasePoint point, double eps) {
        double half = 0.5 * eps;
        double[] q = point.q;
        double[] p = point.p;
        double[] g = point.grad;
        for (int i = 0; i < dimension; i++) {
            p[i] += half * g[i];
            q[i] += eps * inverseMetric[i] * p[i];
        }
        point.logDensity = model.logDensityGradient(q, g);
        for (int i = 0; i < dimension; i++) {
            p[i] += half * g[i];
        }
    }

    /**
     * Stan's heuristic: doubles or halves the step size until the acceptance probability of one
     * leapfrog step from the current position crosses 0.8.
     */
    final void initStepSize() {
        if (stepSize == 0 || stepSize > 1e7 || Double.isNaN(stepSize)) {
            return;
        }
        zInit.copyFrom(z);
        double deltaH = oneStepEnergyChange();
        int direction = deltaH > Math.log(0.8) ? 1 : -1;
        while (true) {
            z.copyFrom(zInit);
            deltaH = oneStepEnergyChange();
            if (direction == 1 && !(deltaH > Math.log(0.8))) {
                break;
            } else if (direction == -1 && !(deltaH < Math.log(0.8))) {
                break;
            }
            stepSize = direction == 1 ? 2 * stepSize : stepSize / 2;
            if (stepSize > 1e7) {
                throw new IllegalStateException("the step-size search diverged (step size above 1e7): "
                        + "the posterior is probably improper");
            }
            if (stepSize == 0) {
                throw new IllegalStateException("the step-size search collapsed to zero: the log density or "
                        + "its gradient is not finite near the initial point");
            }
        }
        z.copyFrom(zInit);
    }

    private double oneStepEnergyChange() {
        sampleMomentum(z);
        double h0 = hamiltonian(z);
        leapfrog(z, stepSize);
        return h0 - hamiltonian(z);
    }
}
