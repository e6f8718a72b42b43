package org.shrinkagelab.problems;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.shrinkagelab.data.PlainNumber;
import org.shrinkagelab.data.UntrustedText;

/**
 * One setting of a problem (a slider, a choice, a typed value): its name on the command line,
 * its label in the tab, its allowed values and its default. The same spec validates the
 * command line and the tab's controls, so both refuse the same values with the same message.
 */
public final class ParameterSpec {

    /** What kind of value a parameter holds. */
    public enum Kind { REAL, INTEGER, CHOICE, TEXT }

    private final String name;
    private final String label;
    private final Kind kind;
    private final double min;
    private final double max;
    private final Object defaultValue;
    private final List<String> choices;
    private final Function<String, Object> textParser;
    private final String textFormat;
    private boolean logScale;
    private String help = "";
    private Predicate<Settings> enabledWhen = s -> true;
    private String disabledReason = "";

    private ParameterSpec(String name, String label, Kind kind, double min, double max, Object defaultValue,
                          List<String> choices, Function<String, Object> textParser, String textFormat) {
        this.name = name;
        this.label = label;
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.defaultValue = defaultValue;
        this.choices = choices;
        this.textParser = textParser;
        this.textFormat = textFormat;
    }

    /** A real-valued parameter in [min, max]. */
    public static ParameterSpec real(String name, String label, double min, double max, double defaultValue) {
        check(defaultValue >= min && defaultValue <= max, name);
        return new ParameterSpec(name, label, Kind.REAL, min, max, defaultValue, List.of(), null, null);
    }

    /** An integer parameter in [min, max] (seeds included). */
    public static ParameterSpec integer(String name, String label, long min, long max, long defaultValue) {
        check(defaultValue >= min && defaultValue <= max, name);
        return new ParameterSpec(name, label, Kind.INTEGER, min, max, defaultValue, List.of(), null, null);
    }

    /** The largest seed any problem accepts: one range everywhere, 0 to 2^31 - 1. */
    public static final long MAX_SEED = Integer.MAX_VALUE;

    /** The seed of a problem's random numbers, named {@code seed} and labelled "Seed", from 0 to {@link #MAX_SEED}. */
    public static ParameterSpec seed(long defaultValue) {
        return integer("seed", "Seed", 0, MAX_SEED, defaultValue);
    }

    /** A parameter that takes one of the listed words. */
    public static ParameterSpec choice(String name, String label, List<String> choices, String defaultValue) {
        check(choices.contains(defaultValue), name);
        return new ParameterSpec(name, label, Kind.CHOICE, Double.NaN, Double.NaN, defaultValue,
                List.copyOf(choices), null, null);
    }

    /**
     * A parameter written as text and parsed into a value object (e.g. {@code half-cauchy:2});
     * the parser throws IllegalArgumentException with a message naming what is wrong.
     */
    public static ParameterSpec text(String name, String label, String format, String defaultText,
                                     Function<String, Object> parser) {
        Object parsed = parser.apply(defaultText);
        Objects.requireNonNull(parsed);
        return new ParameterSpec(name, label, Kind.TEXT, Double.NaN, Double.NaN, defaultText, List.of(),
                parser, format);
    }

    private static void check(boolean ok, String name) {
        if (!ok) {
            throw new IllegalArgumentException("default of " + name + " is outside its allowed values");
        }
    }

    /** Marks a positive REAL or INTEGER parameter whose slider moves on a log scale; returns this spec. */
    public ParameterSpec logScale() {
        if (kind == Kind.CHOICE || kind == Kind.TEXT || !(min > 0)) {
            throw new IllegalStateException(name + ": a log-scale slider needs a positive numeric range");
        }
        logScale = true;
        return this;
    }

    /**
     * Adds a sentence of help shown in the control's tooltip (what the setting does, its name in Stan or
     * the literature); returns this spec.
     */
    public ParameterSpec help(String text) {
        help = Objects.requireNonNull(text);
        return this;
    }

    /** The help sentence, empty when none was given. */
    public String help() {
        return help;
    }

    /**
     * Declares that the setting has an effect only when {@code condition} holds for the settings in
     * force; otherwise its control is disabled and its tooltip gives {@code reason}. Returns this spec.
     */
    public ParameterSpec enabledWhen(Predicate<Settings> condition, String reason) {
        enabledWhen = Objects.requireNonNull(condition);
        disabledReason = Objects.requireNonNull(reason);
        return this;
    }

    /** Tells whether the setting has an effect under these settings (always, unless declared otherwise). */
    public boolean isEnabled(Settings settings) {
        return enabledWhen.test(settings);
    }

    /** Why the setting has no effect when it is disabled, empty when it always has one. */
    public String disabledReason() {
        return disabledReason;
    }

    /** Tells whether the slider should move on a log scale. */
    public boolean isLogScale() {
        return logScale;
    }

    /** The name as on the command line, without dashes (e.g. {@code tau2-0}). */
    public String name() {
        return name;
    }

    /** The label shown beside the control in the tab. */
    public String label() {
        return label;
    }

    /** The kind of value. */
    public Kind kind() {
        return kind;
    }

    /** Smallest allowed value (REAL, INTEGER). */
    public double min() {
        return min;
    }

    /** Largest allowed value (REAL, INTEGER). */
    public double max() {
        return max;
    }

    /** The default value: Double, Long, or String (the text form for CHOICE and TEXT). */
    public Object defaultValue() {
        return defaultValue;
    }

    /** The allowed words of a CHOICE parameter. */
    public List<String> choices() {
        return choices;
    }

    /** Describes the allowed values in words, for error messages and help. */
    public String allowed() {
        return switch (kind) {
            case REAL -> "a number from " + fmt(min) + " to " + fmt(max);
            case INTEGER -> "an integer from " + (long) min + " to " + (long) max;
            case CHOICE -> "one of " + String.join(", ", choices);
            case TEXT -> textFormat;
        };
    }

    /**
     * Checks and converts a value given as text into the parameter's value type.
     *
     * @throws IllegalArgumentException with a message naming the parameter and the allowed values
     */
    public Object parse(String text) {
        String t = text.trim();
        switch (kind) {
            case REAL -> {
                double v;
                try {
                    v = PlainNumber.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw invalid(text);
                }
                if (!Double.isFinite(v) || v < min || v > max) {
                    throw invalid(text);
                }
                return v;
            }
            case INTEGER -> {
                long v;
                try {
                    v = PlainNumber.parseLong(t);
                } catch (NumberFormatException e) {
                    throw invalid(text);
                }
                if (v < min || v > max) {
                    throw invalid(text);
                }
                return v;
            }
            case CHOICE -> {
                String lower = t.toLowerCase(Locale.ROOT);
                if (!choices.contains(lower)) {
                    throw invalid(text);
                }
                return lower;
            }
            default -> {
                try {
                    textParser.apply(t);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--" + name + " " + UntrustedText.quote(text) + ": "
                            + UntrustedText.escape(e.getMessage())
                            + " (expected " + textFormat + ")", e);
                }
                return t;
            }
        }
    }

    /** Checks an already typed value (Double or Long) against the range, returning it normalized. */
    public Object validate(Object value) {
        if (kind == Kind.REAL) {
            double v = ((Number) value).doubleValue();
            if (!Double.isFinite(v) || v < min || v > max) {
                throw invalid(String.valueOf(value));
            }
            return v;
        }
        if (kind == Kind.INTEGER) {
            if (value instanceof Double d && d != Math.rint(d)) {
                throw invalid(String.valueOf(value));
            }
            long v = ((Number) value).longValue();
            if (v < min || v > max) {
                throw invalid(String.valueOf(value));
            }
            return v;
        }
        return parse(String.valueOf(value));
    }

    /** Parses a TEXT parameter's stored text into its value object. */
    public Object parsedText(String text) {
        return textParser.apply(text);
    }

    private IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("--" + name + " " + UntrustedText.quote(text) + " is not allowed: expected "
                + allowed());
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
