package org.shrinkagelab.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The Formatter-free %.4g and %.3e write exactly what String.format writes, rounding ties and carries included. */
class FourSignificantDigitsTest {

    private static void same(double v) {
        assertEquals(String.format(Locale.ROOT, "%.4g", v), FourSignificantDigits.general(v), "%.4g of " + v);
        assertEquals(String.format(Locale.ROOT, "%.3e", v), FourSignificantDigits.scientific(v), "%.3e of " + v);
    }

    @Test
    void tiesCarriesAndTheEndsOfEachFormAreWrittenAsTheFormatterWritesThem() {
        double[] edges = {9999.5, 9999.49, 9999.7, 999.95, 99.995, 0.99995, 0.00099995, 0.0001, 0.00012345, 1e-3,
            1.2345, 12.345, 123.45, 1234.5, 0.5, 0.3, 0.1, 0.05, 2.5e-5, 1e-5, 1e6, 999999.5, 1.5e300, 1e-300,
            Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 0.06582, 0.8181, 7.393, 5256.4, 1e-4, 9.9995e-5};
        for (double v : edges) {
            same(v);
            same(-v);
        }
    }

    @Test
    void randomDoublesOfEveryMagnitudeAndShortDecimals() {
        SplittableRandom random = new SplittableRandom(20261202L);
        for (int i = 0; i < 200_000; i++) {
            double bits = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(bits) && bits != 0) {
                same(bits);
            }
            // values near the table's cells, and decimals with few digits, whose halves are exact ties
            same((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-6, 8)));
            same(random.nextInt(1, 2_000_000) / Math.pow(10, random.nextInt(0, 9)));
        }
    }
}
