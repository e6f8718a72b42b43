package org.shrinkagelab.problems.fivedistricts;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.shrinkagelab.data.FiveDistrictsData;

/**
 * The hierarchical slopes model at fixed (tau_D, tau_S) by explicit dense Gaussian algebra, a route
 * independent of {@link SlopeHierarchy}'s level-by-level elimination: theta = (mu, beta_district,
 * beta) has a dense prior covariance, y = X theta + noise, and everything follows from the Cholesky
 * factor of the J x J covariance of y.
 */
final class DenseSlopeModel {
    private final double[] x;
    private final double[] y;
    private final double[] s;
    private final int[] district;
    private final int districts;
    private final double m0;
    private final double s0;

    DenseSlopeModel(FiveDistrictsData data, double m0, double s0) {
        this.x = data.hours();
        this.y = data.improvements();
        this.s = data.stderrs();
        this.district = data.districtIndex();
        this.districts = data.districts().size();
        this.m0 = m0;
        this.s0 = s0;
    }

    /** log p(y | taus), then E and Var of (mu, beta_district[1..D], beta[1..J]) given y and the taus. */
    record Result(double logMarginal, double[] mean, double[] var) {
    }

    Result at(double tauD, double tauS) {
        int j = x.length;
        int p = 1 + districts + j;
        DMatrixRMaj l = new DMatrixRMaj(p, p);
        for (int r = 0; r < p; r++) {
            l.set(r, 0, s0);
        }
        for (int d = 0; d < districts; d++) {
            l.set(1 + d, 1 + d, tauD);
        }
        for (int k = 0; k < j; k++) {
            l.set(1 + districts + k, 1 + district[k], tauD);
            l.set(1 + districts + k, 1 + districts + k, tauS);
        }
        DMatrixRMaj sigma = new DMatrixRMaj(p, p);
        CommonOps_DDRM.multTransB(l, l, sigma);
        DMatrixRMaj design = new DMatrixRMaj(j, p);
        for (int k = 0; k < j; k++) {
            design.set(k, 1 + districts + k, x[k]);
        }
        DMatrixRMaj xs = new DMatrixRMaj(j, p);
        CommonOps_DDRM.mult(design, sigma, xs);
        DMatrixRMaj cov = new DMatrixRMaj(j, j);
        CommonOps_DDRM.multTransB(xs, design, cov);
        for (int k = 0; k < j; k++) {
            cov.add(k, k, s[k] * s[k]);
        }
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(j, true);
        if (!chol.decompose(cov.copy())) {
            throw new IllegalStateException("covariance of y not positive definite");
        }
        DMatrixRMaj lower = chol.getT(null);
        double logDet = 0;
        for (int k = 0; k < j; k++) {
            logDet += 2 * Math.log(lower.get(k, k));
        }
        DMatrixRMaj resid = new DMatrixRMaj(j, 1);
        for (int k = 0; k < j; k++) {
            resid.set(k, 0, y[k] - x[k] * m0);
        }
        DMatrixRMaj alpha = new DMatrixRMaj(j, 1);
        CommonOps_DDRM.solve(cov, resid, alpha);
        double quad = CommonOps_DDRM.dot(resid, alpha);
        double logMarginal = -0.5 * (j * Math.log(2 * Math.PI) + logDet + quad);
        DMatrixRMaj shift = new DMatrixRMaj(p, 1);
        CommonOps_DDRM.multTransA(xs, alpha, shift);
        DMatrixRMaj solved = new DMatrixRMaj(j, p);
        CommonOps_DDRM.solve(cov, xs, solved);
        double[] mean = new double[p];
        double[] var = new double[p];
        for (int r = 0; r < p; r++) {
            mean[r] = m0 + shift.get(r, 0);
            double reduction = 0;
            for (int k = 0; k < j; k++) {
                reduction += xs.get(k, r) * solved.get(k, r);
            }
            var[r] = sigma.get(r, r) - reduction;
        }
        return new Result(logMarginal, mean, var);
    }
}
