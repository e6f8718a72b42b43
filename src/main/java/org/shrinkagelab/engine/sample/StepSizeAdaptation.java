package org.shrinkagelab.engine.sample;

/**
 * Nesterov dual averaging of the log step size towards a target mean acceptance statistic
 * (Hoffman and Gelman 2014), with Stan's constants gamma 0.05, t0 10, kappa 0.75.
 */
final class StepSizeAdaptation {
    private static final double GAMMA = 0.05;
    private static final double T0 = 10;
    private static final double KAPPA = 0.75;

    private final double delta;
    private double mu;
    private int counter;
    private double sBar;
    private double xBar;

    StepSizeAdaptation(double delta) {
        this.delta = delta;
    }

    /** Sets the point the iterates are shrunk towards, log(10 eps) in Stan. */
    void setMu(double mu) {
        this.mu = mu;
    }

    /** Forgets the averaging history, as after a metric update. */
    void restart() {
        counter = 0;
        sBar = 0;
        xBar = 0;
    }

    /** Returns the next step size given the acceptance statistic of the last transition. */
    double learn(double acceptStat) {
        counter++;
        double a = acceptStat > 1 ? 1 : acceptStat;
        double eta = 1.0 / (counter + T0);
        sBar = (1 - eta) * sBar + eta * (delta - a);
        double x = mu - sBar * Math.sqrt(counter) / GAMMA;
        double xEta = Math.pow(counter, -KAPPA);
        xBar = (1 - xEta) * xBar + xEta * x;
        return Math.exp(x);
    }

    /** The step size to sample with after warmup: the exponential of the averaged iterate. */
    double finalStepSize() {
        return Math.exp(xBar);
    }
}
