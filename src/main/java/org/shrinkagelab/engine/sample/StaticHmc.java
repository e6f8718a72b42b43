package org.shrinkagelab.engine.sample;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.shrinkagelab.engine.model.LogDensity;

/**
 * Hamiltonian Monte Carlo with a fixed integration time (Stan's {@code static_hmc}): floor(T / eps)
 * leapfrog steps (at least one), then a Metropolis accept/reject of the end point. Shares NUTS's
 * step-size and metric adaptation. A trajectory whose energy error exceeds {@link #MAX_DELTA_H} is
 * stopped, rejected and marked divergent.
 */
public final class StaticHmc extends HamiltonianSampler {
    static final List<String> STATS = List.of("lp__", "accept_stat__", "stepsize__", "n_leapfrog__",
            "divergent__", "energy__");

    private final double integrationTime;
    private final PhasePoint start;

    /**
     * Creates a chain's sampler.
     *
     * @param model           the target, on the unconstrained scale
     * @param rng             the chain's random stream
     * @param adaptDelta      target acceptance probability of the step-size adaptation
     * @param integrationTime step size times number of steps
     */
    public StaticHmc(LogDensity model, UniformRandomProvider rng, double adaptDelta, double integrationTime) {
        super(model, rng, adaptDelta);
        this.integrationTime = integrationTime;
        this.start = new PhasePoint(dimension);
    }

    @Override
    public List<String> statNames() {
        return STATS;
    }

    @Override
    public void transition(double[] stats) {
        sampleMomentum(z);
        start.copyFrom(z);
        double h0 = hamiltonian(z);
        double eps = stepSize;
        int steps = (int) Math.max(1, Math.min(Integer.MAX_VALUE, integrationTime / eps));
        boolean divergent = false;
        int taken = 0;
        while (taken < steps) {
            leapfrog(z, eps);
            taken++;
            if (hamiltonian(z) - h0 > MAX_DELTA_H) {
                divergent = true;
                break;
            }
        }
        double h = hamiltonian(z);
        double acceptProb = divergent ? 0 : Math.min(1, Math.exp(h0 - h));
        if (!(rng.nextDouble() < acceptProb)) {
            z.copyFrom(start);
        }
        stats[0] = z.logDensity;
        stats[1] = acceptProb;
        stats[2] = eps;
        stats[3] = taken;
        stats[4] = divergent ? 1 : 0;
        stats[5] = hamiltonian(z);
        adapt(acceptProb);
    }
}
