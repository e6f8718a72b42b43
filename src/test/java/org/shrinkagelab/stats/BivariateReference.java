package org.shrinkagelab.stats;

/**
 * A bivariate normal written out by hand with the explicit 2x2 inverse, independent of
 * {@link MultivariateNormal}'s Cholesky route, plus a trapezoid rule over a grid: the references
 * the closed forms are checked against.
 */
final class BivariateReference {
    final double mx;
    final double my;
    final double sxx;
    final double syy;
    final double sxy;

    BivariateReference(double mx, double my, double vx, double vy, double rho) {
        this.mx = mx;
        this.my = my;
        this.sxx = vx;
        this.syy = vy;
        this.sxy = rho * Math.sqrt(vx * vy);
    }

    double det() {
        return sxx * syy - sxy * sxy;
    }

    double logDensity(double x, double y) {
        double dx = x - mx;
        double dy = y - my;
        double quad = (syy * dx * dx - 2 * sxy * dx * dy + sxx * dy * dy) / det();
        return -Math.log(2 * Math.PI) - 0.5 * Math.log(det()) - 0.5 * quad;
    }

    /** D(this || q) written out: 0.5 [tr(Sq^-1 Sp) + d^T Sq^-1 d - 2 + ln(det Sq / det Sp)]. */
    double klTo(BivariateReference q) {
        double iqxx = q.syy / q.det();
        double iqyy = q.sxx / q.det();
        double iqxy = -q.sxy / q.det();
        double trace = iqxx * sxx + 2 * iqxy * sxy + iqyy * syy;
        double dx = q.mx - mx;
        double dy = q.my - my;
        double maha = iqxx * dx * dx + 2 * iqxy * dx * dy + iqyy * dy * dy;
        return 0.5 * (trace + maha - 2 + Math.log(q.det() / det()));
    }

    /** Integrates f over mean +- 12 sd of this normal in each axis with the trapezoid rule on a points x points grid. */
    double integrate(java.util.function.DoubleBinaryOperator f, int points) {
        double hx = 24 * Math.sqrt(sxx) / (points - 1);
        double hy = 24 * Math.sqrt(syy) / (points - 1);
        double x0 = mx - 12 * Math.sqrt(sxx);
        double y0 = my - 12 * Math.sqrt(syy);
        double sum = 0;
        for (int i = 0; i < points; i++) {
            double wx = i == 0 || i == points - 1 ? 0.5 : 1;
            for (int j = 0; j < points; j++) {
                double wy = j == 0 || j == points - 1 ? 0.5 : 1;
                sum += wx * wy * f.applyAsDouble(x0 + i * hx, y0 + j * hy);
            }
        }
        return sum * hx * hy;
    }
}
