package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.api.Test;

class BesselTest {
    /** x, I0(x), I1(x), I1/I0 from scipy.special 1.10.1 (i0, i1, ive(1,x)/ive(0,x)), printed with repr. */
    private static final double[][] SCIPY = {
        {0.001, 1.0000002500000158, 0.0005000000625000026, 0.0004999999375000102},
        {0.5, 1.0634833707413234, 0.25789430539089636, 0.24249961258080188},
        {1, 1.2660658777520082, 0.5651591039924851, 0.4463899658965345},
        {5, 27.239871823604442, 24.335642142450524, 0.893383137044085},
        {10, 2815.716628466254, 2670.988303701255, 0.9485998259548459},
        {29.9, 708478330489.0146, 696528308361.0928, 0.9831328332658058},
        {30, 781672297823.9775, 768532038938.9569, 0.9831895553653366},
        {30.1, 862432920031.7792, 847983630191.5414, 0.9832458971537109},
        {50, 2.9325537838493355e+20, 2.9030785901035566e+20, 0.9899489673784977},
        {100, 1.0737517071310738e+42, 1.0683693903381625e+42, 0.9949873730051689},
        {700, 1.5295933476718735e+302, 1.5285003902339006e+302, 0.999285458818426},
    };

    @Test
    void matchesScipyOnBothSidesOfTheSwitch() {
        for (double[] row : SCIPY) {
            assertEquals(row[1], Bessel.i0(row[0]), 1e-13 * row[1], "I0(" + row[0] + ")");
            assertEquals(row[2], Bessel.i1(row[0]), 1e-13 * row[2], "I1(" + row[0] + ")");
            assertEquals(row[3], Bessel.i1OverI0(row[0]), 1e-14, "I1/I0(" + row[0] + ")");
        }
        assertEquals(1, Bessel.i0(0), 0);
        assertEquals(0, Bessel.i1(0), 0);
        assertEquals(Math.log(1.0737517071310738e+42), Bessel.logI0(100), 1e-13);
        assertEquals(1, Bessel.i1OverI0(1e6), 1e-6);
    }

    /** Integral representation I_n(x) = (1/pi) int_0^pi e^(x cos t) cos(n t) dt, evaluated by commons-math3. */
    @Test
    void matchesTheIntegralRepresentation() {
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(10, 1e-14, 1e-15);
        for (double x : new double[] {0.2, 3, 17, 29.99, 30.01, 45}) {
            double i0 = integrator.integrate(100000, t -> Math.exp(x * Math.cos(t)), 0, Math.PI) / Math.PI;
            double i1 = integrator.integrate(100000, t -> Math.exp(x * Math.cos(t)) * Math.cos(t), 0, Math.PI) / Math.PI;
            assertEquals(i0, Bessel.i0(x), 1e-12 * i0, "I0(" + x + ")");
            assertEquals(i1, Bessel.i1(x), 1e-12 * i1, "I1(" + x + ")");
        }
    }

    @Test
    void refusesNegativeArguments() {
        assertThrows(IllegalArgumentException.class, () -> Bessel.logI0(-1));
        assertThrows(IllegalArgumentException.class, () -> Bessel.i1OverI0(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Bessel.i1(-1e-300));
    }
}
