package org.shrinkagelab.engine.model;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.shrinkagelab.stats.Normal;

/**
 * x ~ w Normal(loc1, scale1) + (1 - w) Normal(loc2, scale2), through log-sum-exp of the two weighted
 * component densities (Stan's {@code log_mix}); each partial is the component's, weighted by its
 * responsibility. Arguments: w, loc1, scale1, loc2, scale2.
 */
final class NormalMixtureStatement extends Statement {

    NormalMixtureStatement(Expr x, Expr weight, Expr loc1, Expr scale1, Expr loc2, Expr scale2) {
        super(x, weight, loc1, scale1, loc2, scale2);
    }

    @Override
    double logDensity(double[] v, double[] adj) {
        int sx = x.size == 1 ? 0 : 1;
        double lp = 0;
        for (int i = 0; i < size; i++) {
            double xv = v[x.offset + i * sx];
            double w = v[slot(0, i)];
            double m1 = v[slot(1, i)];
            double s1 = v[slot(2, i)];
            double m2 = v[slot(3, i)];
            double s2 = v[slot(4, i)];
            double l1 = Math.log(w) + Normal.logPdf(xv, m1, s1);
            double l2 = Math.log1p(-w) + Normal.logPdf(xv, m2, s2);
            double total = logSumExp(l1, l2);
            double r1 = Math.exp(l1 - total);
            double r2 = Math.exp(l2 - total);
            lp += total;
            if (!x.isData()) {
                adj[x.offset + i * sx] += r1 * Normal.dx(xv, m1, s1) + r2 * Normal.dx(xv, m2, s2);
            }
            add(adj, 0, i, r1 / w - r2 / (1 - w));
            add(adj, 1, i, r1 * Normal.dMu(xv, m1, s1));
            add(adj, 2, i, r1 * Normal.dSigma(xv, m1, s1));
            add(adj, 3, i, r2 * Normal.dMu(xv, m2, s2));
            add(adj, 4, i, r2 * Normal.dSigma(xv, m2, s2));
        }
        return lp;
    }

    private void add(double[] adj, int k, int i, double partial) {
        if (!args[k].isData()) {
            adj[slot(k, i)] += partial;
        }
    }

    private static double logSumExp(double a, double b) {
        double max = Math.max(a, b);
        return max == Double.NEGATIVE_INFINITY ? max : max + Math.log(Math.exp(a - max) + Math.exp(b - max));
    }

    @Override
    double logDensity(double[] v, int i) {
        double xv = v[x.offset + (x.size == 1 ? 0 : i)];
        double w = v[slot(0, i)];
        return logSumExp(Math.log(w) + Normal.logPdf(xv, v[slot(1, i)], v[slot(2, i)]),
                Math.log1p(-w) + Normal.logPdf(xv, v[slot(3, i)], v[slot(4, i)]));
    }

    @Override
    double draw(double[] v, int i, UniformRandomProvider rng) {
        boolean first = rng.nextDouble() < v[slot(0, i)];
        double loc = v[slot(first ? 1 : 3, i)];
        double scale = v[slot(first ? 2 : 4, i)];
        return loc + scale * ZigguratSampler.NormalizedGaussian.of(rng).sample();
    }
}
