package org.shrinkagelab.stats;

/**
 * Half-Student-t(nu, sigma) on x >= 0 (location 0), normalized there: log density and partial
 * derivatives. As for {@link StudentT}, the nu-only part can be computed once and passed in.
 */
public final class HalfStudentT {
    private static final double LOG_2 = Math.log(2);

    private HalfStudentT() {
    }

    /** The nu-only part of the log density: log 2 plus {@link StudentT#logNormalizer(double)}. */
    public static double logNormalizer(double nu) {
        return LOG_2 + StudentT.logNormalizer(nu);
    }

    /** log HalfStudentT(x | nu, sigma); minus infinity for x < 0. */
    public static double logPdf(double x, double nu, double sigma) {
        return logPdf(x, nu, sigma, logNormalizer(nu));
    }

    /** log HalfStudentT(x | nu, sigma) given {@code logNormalizer = logNormalizer(nu)}. */
    public static double logPdf(double x, double nu, double sigma, double logNormalizer) {
        if (x < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return StudentT.logPdf(x, nu, 0, sigma, logNormalizer);
    }

    /** d logPdf / dx for x >= 0. */
    public static double dx(double x, double nu, double sigma) {
        return StudentT.dx(x, nu, 0, sigma);
    }

    /** d logPdf / dsigma for x >= 0. */
    public static double dSigma(double x, double nu, double sigma) {
        return StudentT.dSigma(x, nu, 0, sigma);
    }

    /** d logPdf / dnu for x >= 0. */
    public static double dNu(double x, double nu, double sigma) {
        return StudentT.dNu(x, nu, 0, sigma);
    }
}
