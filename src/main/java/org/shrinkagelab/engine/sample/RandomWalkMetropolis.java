package org.shrinkagelab.engine.sample;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.shrinkagelab.engine.model.LogDensity;

/**
 * Random-walk Metropolis with a Gaussian proposal N(q, s^2 diag(v)). During warmup log s follows a
 * Robbins-Monro recursion towards an acceptance rate of 0.234 (Roberts, Gelman and Gilks 1997;
 * Andrieu and Thoms 2008) and the variances v are estimated in Stan's windows; both are fixed for
 * sampling. Dual averaging, as for HMC, is too noisy here: one proposal's acceptance is nearly 0 or 1.
 */
public final class RandomWalkMetropolis implements ChainSampler {
    /** The asymptotically optimal acceptance rate the scale is tuned to. */
    public static final double TARGET_ACCEPTANCE = 0.234;
    static final List<String> STATS = List.of("lp__", "accept_stat__", "stepsize__");

    private final LogDensity model;
    private final int dimension;
    private final UniformRandomProvider rng;
    private final NormalizedGaussianSampler gaussian;
    private final double[] variances;
    private final double[] q;
    private final double[] proposal;
    private final double[] scratchGradient;
    private static final double GAIN_OFFSET = 10;
    private static final double GAIN_EXPONENT = 0.6;
    private final VarianceAdaptation varianceAdaptation;
    private double logDensity;
    private double scale;
    private boolean adapting;
    private int adaptations;

    /** Creates a chain's sampler on the model with the chain's random stream. */
    public RandomWalkMetropolis(LogDensity model, UniformRandomProvider rng) {
        this.model = model;
        this.dimension = model.dimension();
        this.rng = rng;
        this.gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
        this.variances = new double[dimension];
        Arrays.fill(variances, 1.0);
        this.q = new double[dimension];
        this.proposal = new double[dimension];
        this.scratchGradient = new double[dimension];
        this.scale = 2.38 / Math.sqrt(dimension);
        this.varianceAdaptation = new VarianceAdaptation(dimension);
    }

    @Override
    public List<String> statNames() {
        return STATS;
    }

    @Override
    public void initialize(double[] q0) {
        System.arraycopy(q0, 0, q, 0, dimension);
        logDensity = model.logDensityGradient(q, scratchGradient);
    }

    @Override
    public void startAdaptation(int warmup) {
        adaptations = 0;
        varianceAdaptation.setWarmup(warmup);
        adapting = true;
    }

    @Override
    public void finishAdaptation() {
        adapting = false;
    }

    @Override
    public void transition(double[] stats) {
        double s = scale;
        for (int i = 0; i < dimension; i++) {
            proposal[i] = q[i] + s * Math.sqrt(variances[i]) * gaussian.sample();
        }
        double proposed = model.logDensityGradient(proposal, scratchGradient);
        double logRatio = proposed - logDensity;
        double acceptProb = Double.isNaN(logRatio) ? 0 : Math.min(1, Math.exp(logRatio));
        if (rng.nextDouble() < acceptProb) {
            System.arraycopy(proposal, 0, q, 0, dimension);
            logDensity = proposed;
        }
        stats[0] = logDensity;
        stats[1] = acceptProb;
        stats[2] = s;
        if (adapting) {
            adaptations++;
            double gain = Math.pow(adaptations + GAIN_OFFSET, -GAIN_EXPONENT);
            scale *= Math.exp(gain * (acceptProb - TARGET_ACCEPTANCE));
            varianceAdaptation.learn(q, variances);
        }
    }

    @Override
    public double[] position() {
        return q;
    }

    @Override
    public double stepSize() {
        return scale;
    }

    @Override
    public double[] inverseMetric() {
        return variances.clone();
    }
}
