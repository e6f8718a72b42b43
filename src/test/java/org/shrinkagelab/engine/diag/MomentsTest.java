package org.shrinkagelab.engine.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Means and variances against exact (BigDecimal) arithmetic, including the ranges where one-pass formulas fail,
 * and posterior's should_return_NA at its machine-epsilon boundary.
 */
class MomentsTest {

    @ParameterizedTest
    @CsvSource({"0.1, 10", "0.7, 49", "2.2, 7", "123.456, 1000", "3.3e-300, 1000"})
    void theMeanOfAConstantIsThatConstantExactly(double c, int n) {
        double[] v = new double[n];
        Arrays.fill(v, c);
        // the plain sum / n is off here (0.1 * 10 sums to 0.9999999999999999); R's second pass corrects it
        assertEquals(c, Moments.mean(v), 0);
    }

    @Test
    void theMeanOfDrawsNearTheLargestDoubleIsFinite() {
        assertEquals(6e307, Moments.mean(new double[] {6e307, 6e307}), 0);
        assertEquals(-5e307, Moments.mean(new double[] {-6e307, -4e307}), 1e292);
    }

    @Test
    void theMeanIsTheExactMeanToRounding() {
        double[] v = {1e16, 3, 1, 7, 7, 3, 1, 1, 3, 7, -2.5e15};
        BigDecimal sum = BigDecimal.ZERO;
        for (double d : v) {
            sum = sum.add(new BigDecimal(d));
        }
        double exact = sum.divide(BigDecimal.valueOf(v.length), MathContext.DECIMAL128).doubleValue();
        assertEquals(exact, Moments.mean(v), 2 * Math.ulp(exact));
    }

    @Test
    void varianceHasDenominatorNMinusOne() {
        assertEquals(5.0 / 3, Moments.variance(new double[] {1, 2, 3, 4}), 1e-15);
    }

    @ParameterizedTest
    @CsvSource({"1e9", "0.1", "1e-150", "1e150", "-7e140"})
    void varianceIsExactWhereTheOnePassFormulaCancels(double scale) {
        // scale * (1e8 + {1.1, 2.3, 3.7}): the sum of squares minus n mean^2 (the same in exact arithmetic) keeps
        // none of the digits at this offset, and overflows at 1e150; the two-pass sum keeps all but the last
        double[] v = {scale * (1e8 + 1.1), scale * (1e8 + 2.3), scale * (1e8 + 3.7)};
        BigDecimal mean = BigDecimal.ZERO;
        for (double d : v) {
            mean = mean.add(new BigDecimal(d));
        }
        mean = mean.divide(BigDecimal.valueOf(3), MathContext.DECIMAL128);
        BigDecimal ss = BigDecimal.ZERO;
        for (double d : v) {
            BigDecimal dev = new BigDecimal(d).subtract(mean);
            ss = ss.add(dev.multiply(dev));
        }
        double exact = ss.divide(BigDecimal.valueOf(2), MathContext.DECIMAL128).doubleValue();
        // the rounding of the mean (up to half an ulp of 1e8 scale) enters the sum of squared deviations only
        // to second order, as the deviations sum to zero: a few ulps of the result
        assertEquals(exact, Moments.variance(v), 1e-13 * Math.abs(exact));
    }

    @Test
    void varianceNeedsTwoValues() {
        assertEquals(Double.NaN, Moments.variance(new double[] {4}));
        assertEquals(Double.NaN, Moments.variance(new double[0]));
    }

    @Test
    void shouldReturnNaAsPosteriorDoes() {
        assertTrue(Moments.shouldReturnNa(new double[][] {{1, 1, 1}, {1, 1}}));
        assertTrue(Moments.shouldReturnNa(new double[][] {{1, Double.NaN, 2}}));
        assertTrue(Moments.shouldReturnNa(new double[][] {{1, Double.POSITIVE_INFINITY}}));
        assertFalse(Moments.shouldReturnNa(new double[][] {{1, 2}}));
        // abs(max - min) < .Machine$double.eps: a spread of exactly eps is not constant
        assertFalse(Moments.shouldReturnNa(new double[][] {{1, 1 + Math.ulp(1.0)}}));
        assertTrue(Moments.shouldReturnNa(new double[][] {{1, 1 - Math.ulp(1.0) / 2, 1}}));
        assertFalse(Moments.shouldReturnNa(new double[][] {{}}));
        assertFalse(Moments.shouldReturnNa(new double[0][]));
    }
}
