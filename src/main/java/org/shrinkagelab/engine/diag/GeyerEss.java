package org.shrinkagelab.engine.diag;

import static org.shrinkagelab.engine.diag.Moments.mean;
import static org.shrinkagelab.engine.diag.Moments.shouldReturnNa;
import static org.shrinkagelab.engine.diag.Moments.variance;

import java.util.Arrays;
import org.shrinkagelab.engine.JobContext;

/** The effective sample size of posterior's internal .ess, line for line. */
final class GeyerEss {
    private GeyerEss() {
    }

    /** posterior's .ess: Geyer's initial monotone sequence on the mean autocovariance of the given chains. */
    static double of(double[][] x) {
        return of(x, 1, JobContext.none());
    }

    /** {@link #of(double[][])}, looking at the context's cancellation while it sums autocovariances. */
    static double of(double[][] x, JobContext context) {
        return of(x, 1, context);
    }

    /**
     * The same with every chain's autocovariances multiplied by {@code autocovarianceScale}, which reproduces
     * implementations whose autocovariance is off by a constant factor (the loo package's, see RelativeEfficiency).
     */
    static double of(double[][] x, double autocovarianceScale) {
        return of(x, autocovarianceScale, JobContext.none());
    }

    private static double of(double[][] x, double autocovarianceScale, JobContext context) {
        int chains = x.length;
        int n = chains == 0 ? 0 : x[0].length;
        if (n < 3 || shouldReturnNa(x)) {
            return Double.NaN;
        }
        double[] chainMeans = new double[chains];
        for (int c = 0; c < chains; c++) {
            chainMeans[c] = mean(x[c]);
        }
        LagAutocovariance acovMeans = new LagAutocovariance(x, chainMeans, autocovarianceScale, context);
        double meanVar = acovMeans.at(0) * n / (n - 1);
        double varPlus = meanVar * (n - 1) / n;
        if (chains > 1) {
            varPlus += variance(chainMeans);
        }
        // rho[k] here is R's rho_hat_t[k + 1]; the loop mirrors posterior's indices one for one.
        double[] rho = new double[Math.min(n, 64)];
        int t = 0;
        double rhoEven = 1;
        rho[t] = rhoEven;
        double rhoOdd = 1 - (meanVar - acovMeans.at(t + 1)) / varPlus;
        rho[t + 1] = rhoOdd;
        while (t < n - 5 && !Double.isNaN(rhoEven + rhoOdd) && rhoEven + rhoOdd > 0) {
            t += 2;
            rhoEven = 1 - (meanVar - acovMeans.at(t)) / varPlus;
            rhoOdd = 1 - (meanVar - acovMeans.at(t + 1)) / varPlus;
            if (t + 1 >= rho.length) {
                rho = Arrays.copyOf(rho, Math.min(n, 2 * rho.length)); // unset entries are 0, as R's
            }
            if (rhoEven + rhoOdd >= 0) {
                rho[t] = rhoEven;
                rho[t + 1] = rhoOdd;
            }
        }
        int maxT = t;
        if (rhoEven > 0) {
            rho[maxT] = rhoEven;
        }
        t = 0;
        while (t <= maxT - 4) {
            t += 2;
            if (rho[t] + rho[t + 1] > rho[t - 2] + rho[t - 1]) {
                rho[t] = (rho[t - 2] + rho[t - 1]) / 2;
                rho[t + 1] = rho[t];
            }
        }
        double total = (double) chains * n;
        // R's sum(rho_hat_t[1:max_t]) with max_t = 0 is 1:0 = c(1, 0), i.e. the first element only.
        double sum = 0;
        for (int k = 0; k < Math.max(maxT, 1); k++) {
            sum += rho[k];
        }
        double tauHat = -1 + 2 * sum + rho[maxT];
        double tauBound = 1 / Math.log10(total);
        if (tauHat < tauBound) {
            tauHat = tauBound;
        }
        return total / tauHat;
    }
}
