package org.shrinkagelab.engine.sample;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.shrinkagelab.engine.model.LogDensity;

/**
 * The no-U-turn sampler as Stan implements it ({@code base_nuts}): trajectories doubled in random
 * directions, multinomial sampling within subtrees and biased progressive sampling between them,
 * the generalized no-U-turn criterion checked across merged subtrees and across their seams,
 * divergence when the energy error exceeds {@link #MAX_DELTA_H}, and Stan's warmup adaptation.
 *
 * <p>Every array a trajectory needs is allocated once per chain (one slot per tree depth), so a
 * transition allocates nothing.
 */
public final class Nuts extends HamiltonianSampler {
    private final int maxDepth;

    private final PhasePoint zFwd;
    private final PhasePoint zBck;
    private final PhasePoint zSample;
    private final PhasePoint zPropose;
    private final double[] pFwdFwd;
    private final double[] pSharpFwdFwd;
    private final double[] pFwdBck;
    private final double[] pSharpFwdBck;
    private final double[] pBckFwd;
    private final double[] pSharpBckFwd;
    private final double[] pBckBck;
    private final double[] pSharpBckBck;
    private final double[] rho;
    private final double[] rhoFwd;
    private final double[] rhoBck;

    // Workspace of buildTree at depth d >= 1, slot d: the two halves of that subtree.
    private final double[][] pInitEnd;
    private final double[][] pSharpInitEnd;
    private final double[][] rhoInit;
    private final double[][] pFinalBeg;
    private final double[][] pSharpFinalBeg;
    private final double[][] rhoFinal;
    private final PhasePoint[] zProposeFinal;

    private double h0;
    private int nLeapfrog;
    private double sumMetroProb;
    private boolean divergent;

    /**
     * Creates a chain's sampler.
     *
     * @param model      the target, on the unconstrained scale
     * @param rng        the chain's random stream
     * @param adaptDelta target mean acceptance statistic of the step-size adaptation (Stan: 0.8)
     * @param maxDepth   largest tree depth (Stan: 10)
     */
    public Nuts(LogDensity model, UniformRandomProvider rng, double adaptDelta, int maxDepth) {
        super(model, rng, adaptDelta);
        this.maxDepth = maxDepth;
        int d = dimension;
        zFwd = new PhasePoint(d);
        zBck = new PhasePoint(d);
        zSample = new PhasePoint(d);
        zPropose = new PhasePoint(d);
        pFwdFwd = new double[d];
        pSharpFwdFwd = new double[d];
        pFwdBck = new double[d];
        pSharpFwdBck = new double[d];
        pBckFwd = new double[d];
        pSharpBckFwd = new double[d];
        pBckBck = new double[d];
        pSharpBckBck = new double[d];
        rho = new double[d];
        rhoFwd = new double[d];
        rhoBck = new double[d];
        pInitEnd = new double[maxDepth + 1][d];
        pSharpInitEnd = new double[maxDepth + 1][d];
        rhoInit = new double[maxDepth + 1][d];
        pFinalBeg = new double[maxDepth + 1][d];
        pSharpFinalBeg = new double[maxDepth + 1][d];
        rhoFinal = new double[maxDepth + 1][d];
        zProposeFinal = new PhasePoint[maxDepth + 1];
        for (int k = 1; k <= maxDepth; k++) {
            zProposeFinal[k] = new PhasePoint(d);
        }
    }

    @Override
    public List<String> statNames() {
        return Draws.STAN_STATS;
    }

    @Override
    public void transition(double[] stats) {
        sampleMomentum(z);
        zFwd.copyFrom(z);
        zBck.copyFrom(z);
        zSample.copyFrom(z);
        zPropose.copyFrom(z);
        for (int i = 0; i < dimension; i++) {
            double p = z.p[i];
            double sharp = inverseMetric[i] * p;
            pFwdFwd[i] = p;
            pFwdBck[i] = p;
            pBckFwd[i] = p;
            pBckBck[i] = p;
            pSharpFwdFwd[i] = sharp;
            pSharpFwdBck[i] = sharp;
            pSharpBckFwd[i] = sharp;
            pSharpBckBck[i] = sharp;
            rho[i] = p;
        }
        double logSumWeight = 0;
        h0 = hamiltonian(z);
        nLeapfrog = 0;
        sumMetroProb = 0;
        divergent = false;
        int depth = 0;
        double eps = stepSize;

        while (depth < maxDepth) {
            Arrays.fill(rhoFwd, 0);
            Arrays.fill(rhoBck, 0);
            double logSumWeightSubtree;
            if (rng.nextDouble() > 0.5) {
                z.copyFrom(zFwd);
                // The trajectory so far becomes the backward subtree; its forward end is the old forward end.
                System.arraycopy(rho, 0, rhoBck, 0, dimension);
                System.arraycopy(pFwdFwd, 0, pBckFwd, 0, dimension);
                System.arraycopy(pSharpFwdFwd, 0, pSharpBckFwd, 0, dimension);
                logSumWeightSubtree = buildTree(depth, zPropose, pSharpFwdBck, pSharpFwdFwd, rhoFwd, pFwdBck,
                        pFwdFwd, eps);
                zFwd.copyFrom(z);
            } else {
                z.copyFrom(zBck);
                // The trajectory so far becomes the forward subtree; its backward end is the old backward end.
                System.arraycopy(rho, 0, rhoFwd, 0, dimension);
                System.arraycopy(pBckBck, 0, pFwdBck, 0, dimension);
                System.arraycopy(pSharpBckBck, 0, pSharpFwdBck, 0, dimension);
                logSumWeightSubtree = buildTree(depth, zPropose, pSharpBckFwd, pSharpBckBck, rhoBck, pBckFwd,
                        pBckBck, -eps);
                zBck.copyFrom(z);
            }
            if (Double.isNaN(logSumWeightSubtree)) {
                break;
            }
            depth++;
            // Biased progressive sampling: favour the new subtree when it carries more weight.
            if (logSumWeightSubtree > logSumWeight) {
                zSample.copyFrom(zPropose);
            } else if (rng.nextDouble() < Math.exp(logSumWeightSubtree - logSumWeight)) {
                zSample.copyFrom(zPropose);
            }
            logSumWeight = logSumExp(logSumWeight, logSumWeightSubtree);

            // rho's previous value already sits in rhoBck or rhoFwd, so the merge can add into a zeroed rho.
            Arrays.fill(rho, 0);
            boolean persist = noUTurn(rhoBck, rhoFwd, pSharpBckBck, pSharpBckFwd, pBckFwd, pSharpFwdBck, pFwdBck,
                    pSharpFwdFwd, rho);
            if (!persist) {
                break;
            }
        }

        double acceptStat = sumMetroProb / nLeapfrog;
        z.copyFrom(zSample);
        stats[0] = z.logDensity;
        stats[1] = acceptStat;
        stats[2] = eps;
        stats[3] = depth;
        stats[4] = nLeapfrog;
        stats[5] = divergent ? 1 : 0;
        stats[6] = hamiltonian(z);
        adapt(acceptStat);
    }

    /**
     * Extends the trajectory by 2^depth leapfrog steps from {@code z}; returns the subtree's log sum of
     * weights (relative to exp(-H0)), or NaN if it diverged or made a U-turn and must be rejected.
     */
    private double buildTree(int depth, PhasePoint propose, double[] pSharpBeg, double[] pSharpEnd, double[] rhoOut,
                             double[] pBeg, double[] pEnd, double eps) {
        if (depth == 0) {
            leapfrog(z, eps);
            nLeapfrog++;
            double h = hamiltonian(z);
            if (h - h0 > MAX_DELTA_H) {
                divergent = true;
            }
            double logWeight = h0 - h;
            sumMetroProb += logWeight > 0 ? 1 : Math.exp(logWeight);
            propose.copyFrom(z);
            for (int i = 0; i < dimension; i++) {
                double p = z.p[i];
                double sharp = inverseMetric[i] * p;
                pSharpBeg[i] = sharp;
                pSharpEnd[i] = sharp;
                rhoOut[i] += p;
                pBeg[i] = p;
                pEnd[i] = p;
            }
            return divergent ? Double.NaN : logWeight;
        }

        double[] initEnd = pInitEnd[depth];
        double[] sharpInitEnd = pSharpInitEnd[depth];
        double[] rInit = rhoInit[depth];
        Arrays.fill(rInit, 0);
        double logSumWeightInit = buildTree(depth - 1, propose, pSharpBeg, sharpInitEnd, rInit, pBeg, initEnd, eps);
        if (Double.isNaN(logSumWeightInit)) {
            return Double.NaN;
        }

        PhasePoint proposeFinal = zProposeFinal[depth];
        double[] finalBeg = pFinalBeg[depth];
        double[] sharpFinalBeg = pSharpFinalBeg[depth];
        double[] rFinal = rhoFinal[depth];
        Arrays.fill(rFinal, 0);
        double logSumWeightFinal = buildTree(depth - 1, proposeFinal, sharpFinalBeg, pSharpEnd, rFinal, finalBeg,
                pEnd, eps);
        if (Double.isNaN(logSumWeightFinal)) {
            return Double.NaN;
        }

        // Multinomial sampling between the two halves.
        double logSumWeightSubtree = logSumExp(logSumWeightInit, logSumWeightFinal);
        if (logSumWeightFinal > logSumWeightSubtree) {
            propose.copyFrom(proposeFinal);
        } else if (rng.nextDouble() < Math.exp(logSumWeightFinal - logSumWeightSubtree)) {
            propose.copyFrom(proposeFinal);
        }

        boolean persist = noUTurn(rInit, rFinal, pSharpBeg, sharpInitEnd, initEnd, sharpFinalBeg, finalBeg, pSharpEnd,
                rhoOut);
        return persist ? logSumWeightSubtree : Double.NaN;
    }

    /**
     * Stan's test for joining subtree A (earlier in the trajectory) to subtree B (later): the generalized
     * no-U-turn criterion over the joined trajectory, and the two checks across the join (A with B's first
     * momentum, B with A's last) that Stan added in 2.20; true if none sees a U-turn. Adds rhoA + rhoB
     * into {@code rhoOut}, as Stan's {@code rho += rho_subtree}.
     */
    private boolean noUTurn(double[] rhoA, double[] rhoB, double[] pSharpABeg, double[] pSharpAEnd, double[] pAEnd,
                            double[] pSharpBBeg, double[] pBBeg, double[] pSharpBEnd, double[] rhoOut) {
        double whole0 = 0;
        double whole1 = 0;
        double left0 = 0;
        double left1 = 0;
        double right0 = 0;
        double right1 = 0;
        for (int i = 0; i < dimension; i++) {
            double r = rhoA[i] + rhoB[i];
            rhoOut[i] += r;
            whole0 += pSharpABeg[i] * r;
            whole1 += pSharpBEnd[i] * r;
            double left = rhoA[i] + pBBeg[i];
            left0 += pSharpABeg[i] * left;
            left1 += pSharpBBeg[i] * left;
            double right = rhoB[i] + pAEnd[i];
            right0 += pSharpAEnd[i] * right;
            right1 += pSharpBEnd[i] * right;
        }
        return whole0 > 0 && whole1 > 0 && left0 > 0 && left1 > 0 && right0 > 0 && right1 > 0;
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
}
