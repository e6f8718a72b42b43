package org.shrinkagelab.engine.sample;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.shrinkagelab.engine.model.LogDensity;

/**
 * A second, deliberately plain implementation of Stan's adaptive diagonal-metric NUTS, written from Stan's
 * sources ({@code base_nuts::transition} and {@code build_tree}, {@code base_hmc::init_stepsize},
 * {@code stepsize_adaptation}, {@code adapt_diag_e_nuts::transition} and the services' warmup) rather than from
 * {@link Nuts}: recursive, allocating, each subtree returned as a value. It draws its randomness in Stan's
 * order, so on the same random stream it must make exactly the transitions {@link Nuts} makes. Only the
 * window schedule is borrowed ({@link VarianceAdaptation}, checked on its own by
 * {@link VarianceAdaptationScheduleTest}).
 */
final class StanNutsReference {
    private static final double MAX_DELTA_H = 1000;

    private final LogDensity model;
    private final int d;
    private final UniformRandomProvider rng;
    private final NormalizedGaussianSampler normal;
    private final int maxDepth;
    private final double delta;
    private final VarianceAdaptation windows;
    final double[] invMetric;
    double eps = 1;
    State z;

    private boolean adapting;
    private double mu;
    private int counter;
    private double sBar;
    private double xBar;

    private double h0;
    private int nLeapfrog;
    private double sumMetroProb;
    private boolean divergent;

    /** A point in phase space. */
    static final class State {
        final double[] q;
        final double[] p;
        final double[] g;
        double lp;

        State(int d) {
            q = new double[d];
            p = new double[d];
            g = new double[d];
        }

        State copy() {
            State s = new State(q.length);
            System.arraycopy(q, 0, s.q, 0, q.length);
            System.arraycopy(p, 0, s.p, 0, q.length);
            System.arraycopy(g, 0, s.g, 0, q.length);
            s.lp = lp;
            return s;
        }
    }

    /** A valid subtree: its proposal, its end momenta (beg = first integrated), rho and log sum of weights. */
    private record Subtree(State propose, double[] pBeg, double[] pSharpBeg, double[] pEnd, double[] pSharpEnd,
                           double[] rho, double logWeight) {
    }

    StanNutsReference(LogDensity model, UniformRandomProvider rng, double delta, int maxDepth) {
        this.model = model;
        this.d = model.dimension();
        this.rng = rng;
        this.normal = ZigguratSampler.NormalizedGaussian.of(rng);
        this.maxDepth = maxDepth;
        this.delta = delta;
        this.windows = new VarianceAdaptation(d);
        this.invMetric = new double[d];
        Arrays.fill(invMetric, 1.0);
    }

    /** Stan's run_adaptive_sampler before warmup: the point, its gradient, the step-size heuristic. */
    void initialize(double[] q0) {
        z = new State(d);
        System.arraycopy(q0, 0, z.q, 0, d);
        z.lp = model.logDensityGradient(z.q, z.g);
        initStepsize();
    }

    /** The services' warmup set-up: mu = log(10 x the user's step size 1), a fresh averaging, the windows. */
    void startAdaptation(int warmup) {
        mu = Math.log(10 * 1.0);
        counter = 0;
        sBar = 0;
        xBar = 0;
        windows.setWarmup(warmup);
        adapting = true;
    }

    /** disengage_adaptation: the step size becomes exp of the averaged iterate. */
    void finishAdaptation() {
        if (adapting) {
            adapting = false;
            eps = Math.exp(xBar);
        }
    }

    private double[] sharp(double[] p) {
        double[] s = new double[d];
        for (int i = 0; i < d; i++) {
            s[i] = invMetric[i] * p[i];
        }
        return s;
    }

    private static double[] plus(double[] a, double[] b) {
        double[] s = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            s[i] = a[i] + b[i];
        }
        return s;
    }

    /** Stan's compute_criterion: both end momenta point along rho. */
    private static boolean criterion(double[] pSharpMinus, double[] pSharpPlus, double[] rho) {
        double plus = 0;
        double minus = 0;
        for (int i = 0; i < rho.length; i++) {
            minus += pSharpMinus[i] * rho[i];
            plus += pSharpPlus[i] * rho[i];
        }
        return plus > 0 && minus > 0;
    }

    private double hamiltonian(State s) {
        double kinetic = 0;
        for (int i = 0; i < d; i++) {
            kinetic += invMetric[i] * s.p[i] * s.p[i];
        }
        double h = -s.lp + 0.5 * kinetic;
        return Double.isNaN(h) ? Double.POSITIVE_INFINITY : h;
    }

    private void leapfrog(State s, double step) {
        double half = 0.5 * step;
        for (int i = 0; i < d; i++) {
            s.p[i] += half * s.g[i];
            s.q[i] += step * invMetric[i] * s.p[i];
        }
        s.lp = model.logDensityGradient(s.q, s.g);
        for (int i = 0; i < d; i++) {
            s.p[i] += half * s.g[i];
        }
    }

    private void sampleP(State s) {
        for (int i = 0; i < d; i++) {
            s.p[i] = normal.sample() / Math.sqrt(invMetric[i]);
        }
    }

    private static double logSumExp(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        double m = Math.max(a, b);
        return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
    }

    /** base_hmc::init_stepsize. */
    private void initStepsize() {
        if (eps == 0 || eps > 1e7 || Double.isNaN(eps)) {
            return;
        }
        State init = z.copy();
        double deltaH = energyChangeOfOneStep();
        int direction = deltaH > Math.log(0.8) ? 1 : -1;
        while (true) {
            z = init.copy();
            deltaH = energyChangeOfOneStep();
            if (direction == 1 && !(deltaH > Math.log(0.8))) {
                break;
            } else if (direction == -1 && !(deltaH < Math.log(0.8))) {
                break;
            }
            eps = direction == 1 ? 2 * eps : 0.5 * eps;
            if (eps > 1e7 || eps == 0) {
                throw new IllegalStateException("step-size search failed");
            }
        }
        z = init;
    }

    private double energyChangeOfOneStep() {
        sampleP(z);
        double before = hamiltonian(z);
        leapfrog(z, eps);
        return before - hamiltonian(z);
    }

    /** base_nuts::build_tree from the end {@code end} (moved along), or null if the subtree is rejected. */
    private Subtree buildTree(int depth, State end, double step) {
        if (depth == 0) {
            leapfrog(end, step);
            nLeapfrog++;
            double h = hamiltonian(end);
            if (h - h0 > MAX_DELTA_H) {
                divergent = true;
            }
            sumMetroProb += h0 - h > 0 ? 1 : Math.exp(h0 - h);
            if (divergent) {
                return null;
            }
            double[] p = end.p.clone();
            return new Subtree(end.copy(), p, sharp(p), p, sharp(p), p.clone(), h0 - h);
        }
        Subtree init = buildTree(depth - 1, end, step);
        if (init == null) {
            return null;
        }
        Subtree fin = buildTree(depth - 1, end, step);
        if (fin == null) {
            return null;
        }
        double logWeight = logSumExp(init.logWeight(), fin.logWeight());
        State propose = init.propose();
        if (fin.logWeight() > logWeight) {
            propose = fin.propose();
        } else if (rng.nextDouble() < Math.exp(fin.logWeight() - logWeight)) {
            propose = fin.propose();
        }
        double[] rho = plus(init.rho(), fin.rho());
        boolean persist = criterion(init.pSharpBeg(), fin.pSharpEnd(), rho)
                && criterion(init.pSharpBeg(), fin.pSharpBeg(), plus(init.rho(), fin.pBeg()))
                && criterion(init.pSharpEnd(), fin.pSharpEnd(), plus(fin.rho(), init.pEnd()));
        return persist ? new Subtree(propose, init.pBeg(), init.pSharpBeg(), fin.pEnd(), fin.pSharpEnd(), rho,
                logWeight) : null;
    }

    /**
     * One transition (adapt_diag_e_nuts::transition): fills Stan's seven statistics lp__, accept_stat__,
     * stepsize__, treedepth__, n_leapfrog__, divergent__, energy__.
     */
    void transition(double[] stats) {
        sampleP(z);
        State zFwd = z.copy();
        State zBck = z.copy();
        State sample = z.copy();
        double[] pFwdFwd = z.p.clone();
        double[] pFwdBck = z.p.clone();
        double[] pBckFwd = z.p.clone();
        double[] pBckBck = z.p.clone();
        double[] pSharpFwdFwd = sharp(z.p);
        double[] pSharpFwdBck = sharp(z.p);
        double[] pSharpBckFwd = sharp(z.p);
        double[] pSharpBckBck = sharp(z.p);
        double[] rho = z.p.clone();
        double logSumWeight = 0;
        h0 = hamiltonian(z);
        nLeapfrog = 0;
        sumMetroProb = 0;
        divergent = false;
        int depth = 0;
        while (depth < maxDepth) {
            double[] rhoFwd;
            double[] rhoBck;
            Subtree t;
            if (rng.nextDouble() > 0.5) {
                rhoBck = rho;
                pBckFwd = pFwdFwd;
                pSharpBckFwd = pSharpFwdFwd;
                t = buildTree(depth, zFwd, eps);
                if (t == null) {
                    break;
                }
                rhoFwd = t.rho();
                pFwdBck = t.pBeg();
                pSharpFwdBck = t.pSharpBeg();
                pFwdFwd = t.pEnd();
                pSharpFwdFwd = t.pSharpEnd();
            } else {
                rhoFwd = rho;
                pFwdBck = pBckBck;
                pSharpFwdBck = pSharpBckBck;
                t = buildTree(depth, zBck, -eps);
                if (t == null) {
                    break;
                }
                rhoBck = t.rho();
                pBckFwd = t.pBeg();
                pSharpBckFwd = t.pSharpBeg();
                pBckBck = t.pEnd();
                pSharpBckBck = t.pSharpEnd();
            }
            depth++;
            if (t.logWeight() > logSumWeight) {
                sample = t.propose();
            } else if (rng.nextDouble() < Math.exp(t.logWeight() - logSumWeight)) {
                sample = t.propose();
            }
            logSumWeight = logSumExp(logSumWeight, t.logWeight());
            rho = plus(rhoBck, rhoFwd);
            boolean persist = criterion(pSharpBckBck, pSharpFwdFwd, rho)
                    && criterion(pSharpBckBck, pSharpFwdBck, plus(rhoBck, pFwdBck))
                    && criterion(pSharpBckFwd, pSharpFwdFwd, plus(rhoFwd, pBckFwd));
            if (!persist) {
                break;
            }
        }
        z = sample.copy();
        double acceptStat = sumMetroProb / nLeapfrog;
        stats[0] = z.lp;
        stats[1] = acceptStat;
        stats[2] = eps;
        stats[3] = depth;
        stats[4] = nLeapfrog;
        stats[5] = divergent ? 1 : 0;
        stats[6] = hamiltonian(z);
        if (adapting) {
            learnStepsize(acceptStat);
            if (windows.learn(z.q, invMetric)) {
                initStepsize();
                mu = Math.log(10 * eps);
                counter = 0;
                sBar = 0;
                xBar = 0;
            }
        }
    }

    /** stepsize_adaptation::learn_stepsize with Stan's gamma 0.05, t0 10, kappa 0.75. */
    private void learnStepsize(double acceptStat) {
        counter++;
        double a = acceptStat > 1 ? 1 : acceptStat;
        double eta = 1.0 / (counter + 10);
        sBar = (1 - eta) * sBar + eta * (delta - a);
        double x = mu - sBar * Math.sqrt(counter) / 0.05;
        double xEta = Math.pow(counter, -0.75);
        xBar = (1 - xEta) * xBar + xEta * x;
        eps = Math.exp(x);
    }
}
