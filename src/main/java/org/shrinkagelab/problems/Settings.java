package org.shrinkagelab.problems;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An immutable, validated set of values for a problem's parameters, defaults filled in. */
public final class Settings {
    private final Map<String, ParameterSpec> specs;
    private final Map<String, Object> values;

    private Settings(Map<String, ParameterSpec> specs, Map<String, Object> values) {
        this.specs = specs;
        this.values = values;
    }

    /** The defaults of every parameter. */
    public static Settings defaults(List<ParameterSpec> specs) {
        Map<String, ParameterSpec> bySpec = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterSpec s : specs) {
            bySpec.put(s.name(), s);
            values.put(s.name(), s.defaultValue());
        }
        return new Settings(Collections.unmodifiableMap(bySpec), Collections.unmodifiableMap(values));
    }

    /**
     * A copy with one value changed; the value may be a Number or text.
     *
     * @throws IllegalArgumentException if the name is unknown or the value not allowed
     */
    public Settings with(String name, Object value) {
        ParameterSpec spec = spec(name);
        Object checked = value instanceof String text ? spec.parse(text) : spec.validate(value);
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(name, checked);
        return new Settings(specs, Collections.unmodifiableMap(copy));
    }

    /** The spec of a parameter, or an error listing the known names. */
    public ParameterSpec spec(String name) {
        ParameterSpec spec = specs.get(name);
        if (spec == null) {
            throw new IllegalArgumentException("unknown option --" + name + "; allowed: --"
                    + String.join(", --", specs.keySet()));
        }
        return spec;
    }

    /** The specs, in declaration order. */
    public List<ParameterSpec> specs() {
        return List.copyOf(specs.values());
    }

    /** A real parameter's value. */
    public double real(String name) {
        return ((Number) get(name)).doubleValue();
    }

    /** An integer parameter's value. */
    public int integer(String name) {
        return Math.toIntExact(((Number) get(name)).longValue());
    }

    /** An integer parameter's value as a long (seeds). */
    public long longValue(String name) {
        return ((Number) get(name)).longValue();
    }

    /** A choice or text parameter's value as text. */
    public String text(String name) {
        return (String) get(name);
    }

    /** A text parameter's value parsed by its spec's parser. */
    public Object parsed(String name) {
        return spec(name).parsedText(text(name));
    }

    /** Every value, in declaration order, for the {@code settings} object of the summary. */
    public Map<String, Object> asMap() {
        return values;
    }

    private Object get(String name) {
        spec(name);
        return values.get(name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Settings s && s.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
