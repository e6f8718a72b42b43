package org.shrinkagelab.engine.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The radix-2 FFT against the O(m^2) definition of the discrete Fourier transform, both directions. */
class FftTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 8, 16, 64, 256})
    void forwardAndInverseEqualTheDefinition(int m) {
        Random r = new Random(m);
        double[] re = new double[m];
        double[] im = new double[m];
        for (int j = 0; j < m; j++) {
            re[j] = r.nextGaussian();
            im[j] = r.nextGaussian();
        }
        for (boolean inverse : new boolean[] {false, true}) {
            double[][] expected = dft(re, im, inverse);
            double[] outRe = re.clone();
            double[] outIm = im.clone();
            Fft.transform(outRe, outIm, inverse);
            // each output sums m terms of size ~1: rounding is a few ulps of sqrt(m) * log2(m)
            double tol = 1e-12 * m;
            for (int k = 0; k < m; k++) {
                assertEquals(expected[0][k], outRe[k], tol, (inverse ? "inverse" : "forward") + " re " + k);
                assertEquals(expected[1][k], outIm[k], tol, (inverse ? "inverse" : "forward") + " im " + k);
            }
        }
    }

    @Test
    void inverseOfForwardIsMTimesTheInput() {
        int m = 128;
        Random r = new Random(3);
        double[] re = new double[m];
        double[] im = new double[m];
        for (int j = 0; j < m; j++) {
            re[j] = r.nextGaussian();
        }
        double[] original = re.clone();
        Fft.transform(re, im, false);
        Fft.transform(re, im, true);
        for (int j = 0; j < m; j++) {
            assertEquals(m * original[j], re[j], 1e-12 * m, "re " + j);
            assertEquals(0, im[j], 1e-12 * m, "im " + j);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 6, 100})
    void rejectsLengthsThatAreNotPowersOfTwo(int m) {
        assertThrows(IllegalArgumentException.class, () -> Fft.transform(new double[m], new double[m], false));
    }

    @Test
    void rejectsPartsOfDifferentLengths() {
        assertThrows(IllegalArgumentException.class, () -> Fft.transform(new double[4], new double[8], false));
    }

    @Test
    void powerOfTwoAtLeastIsTheSmallestSuchPower() {
        for (int n = -1; n <= 5000; n++) {
            int expected = 1;
            while (expected < n) {
                expected *= 2;
            }
            assertEquals(expected, Fft.powerOfTwoAtLeast(n), "n = " + n);
        }
    }

    /** sum_j x_j exp(-+2 pi i jk/m) term by term, the angle reduced mod m so it stays exact for large jk. */
    private static double[][] dft(double[] re, double[] im, boolean inverse) {
        int m = re.length;
        double sign = inverse ? 1 : -1;
        double[][] out = new double[2][m];
        for (int k = 0; k < m; k++) {
            for (int j = 0; j < m; j++) {
                double angle = sign * 2 * Math.PI * ((long) j * k % m) / m;
                double c = Math.cos(angle);
                double s = Math.sin(angle);
                out[0][k] += re[j] * c - im[j] * s;
                out[1][k] += re[j] * s + im[j] * c;
            }
        }
        return out;
    }
}
