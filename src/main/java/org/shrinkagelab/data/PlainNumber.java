package org.shrinkagelab.data;

import java.util.regex.Pattern;

/**
 * Numbers as people write them: ASCII decimal with an optional exponent ({@code -1.5}, {@code 2e-3}).
 * Java's own syntax ({@code 2d}, {@code 0x1p1}, {@code Infinity}) and other scripts' digits
 * ({@code ５}) are refused, so a typo never passes for a number.
 */
public final class PlainNumber {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");

    private PlainNumber() {
    }

    /** Parses plain decimal or scientific notation; throws NumberFormatException for anything else. */
    public static double parseDouble(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new NumberFormatException("not a plain number: " + UntrustedText.quote(text));
        }
        return Double.parseDouble(text);
    }

    /** Parses a plain whole number (ASCII digits, optional sign); throws NumberFormatException otherwise. */
    public static long parseLong(String text) {
        if (!INTEGER.matcher(text).matches()) {
            throw new NumberFormatException("not a plain whole number: " + UntrustedText.quote(text));
        }
        return Long.parseLong(text);
    }

    /**
     * Parses a cell of a draws file: a plain number, or the not-a-number and infinity spellings that
     * Stan, R and Python write ({@code nan}, {@code NaN}, {@code NA}, {@code inf}, {@code -Inf}, {@code Infinity}).
     */
    public static double parseDraw(String text) {
        switch (text) {
            case "nan", "NaN", "NAN", "NA" -> {
                return Double.NaN;
            }
            case "inf", "+inf", "Inf", "+Inf", "INF", "Infinity", "+Infinity" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-inf", "-Inf", "-INF", "-Infinity" -> {
                return Double.NEGATIVE_INFINITY;
            }
            default -> {
                return parseDouble(text);
            }
        }
    }
}
