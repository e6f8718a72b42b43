package org.shrinkagelab.problems;

/**
 * {@code String.format(Locale.ROOT, "%.4g", v)} and {@code "%.3e"} written without the Formatter, whose first
 * hundred calls cost a fresh JVM some 50 ms of CPU (a summary table's cells). The digits are those the Formatter
 * rounds, Double.toString's (both come from FloatingDecimal), rounded half up to four significant digits as
 * FormattedFloatingDecimal does; FourSignificantDigitsTest checks every form against String.format.
 */
final class FourSignificantDigits {
    private static final int DIGITS = 4;

    private FourSignificantDigits() {
    }

    /** {@code String.format(Locale.ROOT, "%.4g", v)} of a finite, non-zero v. */
    static String general(double v) {
        Rounded r = Rounded.of(v);
        int exponent = r.exponent();
        if (exponent < -4 || exponent >= DIGITS) {
            return r.scientific();
        }
        StringBuilder sb = new StringBuilder(12);
        if (v < 0) {
            sb.append('-');
        }
        if (exponent < 0) {
            sb.append("0.");
            sb.append("0".repeat(-exponent - 1)).append(r.digits());
        } else {
            sb.append(r.digits(), 0, exponent + 1);
            if (exponent + 1 < DIGITS) {
                sb.append('.').append(r.digits(), exponent + 1, DIGITS);
            }
        }
        return sb.toString();
    }

    /** {@code String.format(Locale.ROOT, "%.3e", v)} of a finite, non-zero v. */
    static String scientific(double v) {
        return Rounded.of(v).scientific();
    }

    /**
     * |v| rounded to four significant digits: {@code digits} d1d2d3d4 and the exponent e of d1.d2d3d4 × 10^e.
     *
     * @param negative whether v is below zero
     * @param digits   the four digits
     * @param exponent the power of ten of the first digit
     */
    private record Rounded(boolean negative, String digits, int exponent) {
        static Rounded of(double v) {
            String s = Double.toString(Math.abs(v));
            int e = s.indexOf('E');
            String mantissa = e < 0 ? s : s.substring(0, e);
            int dot = mantissa.indexOf('.');
            String all = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
            // |v| = 0.all × 10^point
            int point = dot + (e < 0 ? 0 : Integer.parseInt(s.substring(e + 1)));
            int lead = 0;
            while (lead < all.length() - 1 && all.charAt(lead) == '0') {
                lead++;
            }
            char[] d = (all.substring(lead) + "0".repeat(DIGITS)).toCharArray();
            point -= lead;
            // half up on the decimal digits, as FormattedFloatingDecimal.applyPrecision
            if (d[DIGITS] >= '5') {
                int i = DIGITS - 1;
                while (i >= 0 && d[i] == '9') {
                    d[i--] = '0';
                }
                if (i < 0) {
                    d[0] = '1';
                    point++;
                } else {
                    d[i]++;
                }
            }
            return new Rounded(v < 0, new String(d, 0, DIGITS), point - 1);
        }

        String scientific() {
            StringBuilder sb = new StringBuilder(12);
            if (negative) {
                sb.append('-');
            }
            sb.append(digits.charAt(0)).append('.').append(digits, 1, DIGITS).append('e');
            sb.append(exponent < 0 ? '-' : '+');
            int a = Math.abs(exponent);
            if (a < 10) {
                sb.append('0');
            }
            return sb.append(a).toString();
        }
    }
}
