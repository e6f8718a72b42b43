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
    @CsvSource({"1e9", "1e-300", "1e150", "-7e140"})
    void varianceIsExactWhereTheOnePassFormulaCancels(double scale) {
        // scale * (1e6 + {1, 2, 3}): variance scale^2 exactly in exact arithmetic; sum-of-squares minus n mean^2
        // loses every digit at 1e6 offset and overflows or underflows at the extremes
        double[] v = {scale * (1e6 + 1), scale * (1e6 + 2), scale * (1e6 + 3)};
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
        // the draws themselves are rounded to 1e-16 relative, their deviations (1e-6 of them) to 1e-10
        assertEquals(exact, Moments.variance(v), 1e-9 * exact);
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
