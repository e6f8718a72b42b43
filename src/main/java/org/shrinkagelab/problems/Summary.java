package org.shrinkagelab.problems;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shrinkagelab.engine.diag.ParameterSummary;

/**
 * The numbers a tab shows, in the one shape every problem shares (DESIGN.md, {@code summary --format json}).
 *
 * @param problem    the problem id, e.g. {@code eight-schools-exact}
 * @param settings   every option in force, defaults and seed included
 * @param parameters one row per parameter, named as Stan would ({@code theta[1]})
 * @param quantities named numbers (or lists, or nested maps of numbers) specific to the problem
 * @param sampler    the sampler block, or null for exact problems
 * @param extra      further top-level objects a problem adds (e.g. {@code sensitivity}), possibly empty
 */
public record Summary(String problem, Map<String, Object> settings, List<ParameterSummary> parameters,
                      Map<String, Object> quantities, Map<String, Object> sampler, Map<String, Object> extra) {

    /** A summary without a sampler block or extras. */
    public static Summary exact(String problem, Settings settings, List<ParameterSummary> parameters,
                                Map<String, Object> quantities) {
        return new Summary(problem, settings.asMap(), parameters, quantities, null, Map.of());
    }

    /** The value of a quantity as a double (throws if absent). */
    public double quantity(String name) {
        Object v = quantities.get(name);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("no numeric quantity " + name + " in " + quantities.keySet());
        }
        return n.doubleValue();
    }

    /** The row of a named parameter (throws if absent). */
    public ParameterSummary parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no parameter " + name));
    }

    /** The summary as pretty-printed JSON; NaN becomes null, infinities the strings "Infinity" and "-Infinity". */
    public String toJson() {
        // fields as Gson's tree of them has them: an extra named like a field above replaces its value
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("problem", problem);
        root.put("settings", settings);
        root.put("parameters", parameters);
        root.put("quantities", quantities);
        if (sampler != null) {
            root.put("sampler", sampler);
        }
        root.putAll(extra);
        return SummaryJsonWriter.pretty(root);
    }

    /** The JSON object of one parameter row, leaving out fields that do not apply. */
    public static JsonObject parameterJson(ParameterSummary p) {
        return toJsonTree(SummaryJsonWriter.parameterFields(p)).getAsJsonObject();
    }

    /**
     * A number as JSON: NaN ("not available") is null; an infinity, which JSON cannot hold as a number, is the
     * string "Infinity" or "-Infinity" (Gson's getAsDouble, Python's float() and R's as.numeric read it back).
     */
    private static JsonElement number(double v) {
        if (Double.isNaN(v)) {
            return JsonNull.INSTANCE;
        }
        if (Double.isInfinite(v)) {
            return new JsonPrimitive(v > 0 ? "Infinity" : "-Infinity");
        }
        return new JsonPrimitive(v);
    }

    /** Converts maps, lists, arrays, numbers, strings and booleans into JSON, NaN as null, infinities as strings. */
    public static JsonElement toJsonTree(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof Map<?, ?> map) {
            JsonObject o = new JsonObject();
            map.forEach((k, v) -> o.add(String.valueOf(k), toJsonTree(v)));
            return o;
        }
        if (value instanceof Iterable<?> list) {
            JsonArray a = new JsonArray();
            list.forEach(v -> a.add(toJsonTree(v)));
            return a;
        }
        if (value instanceof double[] arr) {
            JsonArray a = new JsonArray();
            for (double v : arr) {
                a.add(number(v));
            }
            return a;
        }
        if (value instanceof int[] arr) {
            JsonArray a = new JsonArray();
            for (int v : arr) {
                a.add(v);
            }
            return a;
        }
        if (value instanceof ParameterSummary p) {
            return parameterJson(p);
        }
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof Float f) {
            return number(f);
        }
        if (value instanceof Number n) {
            return new JsonPrimitive(n);
        }
        if (value instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        return new JsonPrimitive(String.valueOf(value));
    }

    /** The summary as aligned text tables for a terminal. */
    public String toTable() {
        StringBuilder sb = new StringBuilder();
        sb.append(problem).append('\n');
        sb.append("settings: ");
        settings.forEach((k, v) -> sb.append(k).append('=').append(v).append("  "));
        sb.append("\n\n");
        if (!parameters.isEmpty()) {
            sb.append(SummaryTable.format(parameters)).append('\n');
        }
        Map<String, Object> rest = new LinkedHashMap<>(quantities);
        if (!rest.isEmpty()) {
            sb.append("quantities:\n");
            rest.forEach((k, v) -> nameValueLine(sb, k, text(v)));
        }
        if (sampler != null) {
            sb.append("sampler:\n");
            sampler.forEach((k, v) -> nameValueLine(sb, k, text(v)));
        }
        extra.forEach((k, v) -> sb.append(k).append(":\n").append(block(toJsonTree(v))));
        return sb.toString();
    }

    /**
     * An extra block as a person reads it: an object of objects (rows such as theta[1] with mean, sd,
     * ...) as an aligned table, an object of values as name-value lines, a list as one line.
     */
    static String block(JsonElement value) {
        StringBuilder sb = new StringBuilder();
        if (value.isJsonObject() && !value.getAsJsonObject().isEmpty()
                && value.getAsJsonObject().entrySet().stream().allMatch(e -> e.getValue().isJsonObject())) {
            List<String> columns = new java.util.ArrayList<>();
            value.getAsJsonObject().entrySet().forEach(e -> e.getValue().getAsJsonObject().keySet().forEach(c -> {
                if (!columns.contains(c)) {
                    columns.add(c);
                }
            }));
            int nameWidth = value.getAsJsonObject().keySet().stream().mapToInt(String::length).max().orElse(4);
            sb.append("  ").append(pad("", nameWidth));
            columns.forEach(c -> sb.append(' ').append(padLeft(c, 11)));
            sb.append('\n');
            value.getAsJsonObject().entrySet().forEach(e -> {
                sb.append("  ").append(pad(e.getKey(), nameWidth));
                JsonObject row = e.getValue().getAsJsonObject();
                columns.forEach(c -> sb.append(' ').append(padLeft(row.has(c) ? cell(row.get(c)) : "", 11)));
                sb.append('\n');
            });
        } else if (value.isJsonObject()) {
            value.getAsJsonObject().entrySet().forEach(e ->
                    nameValueLine(sb, e.getKey(), cell(e.getValue())));
        } else if (value.isJsonArray() && value.getAsJsonArray().asList().stream().allMatch(JsonElement::isJsonPrimitive)) {
            List<String> items = value.getAsJsonArray().asList().stream().map(Summary::cell).toList();
            sb.append("  ").append(String.join(", ", items)).append('\n');
        } else {
            sb.append("  ").append(value).append('\n');
        }
        return sb.toString();
    }

    /** Appends "  name value" with the name padded to 24, as {@code String.format("  %-24s %s%n")} writes it. */
    private static StringBuilder nameValueLine(StringBuilder sb, String name, String value) {
        SummaryTable.padRight(sb.append("  "), name, 24);
        return sb.append(' ').append(value).append(System.lineSeparator());
    }

    private static String cell(JsonElement e) {
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
            return SummaryTable.num(e.getAsDouble());
        }
        if (e.isJsonPrimitive()) {
            return e.getAsString();
        }
        return e.isJsonNull() ? "NA" : e.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private static String text(Object v) {
        if (v instanceof Double d) {
            return SummaryTable.num(d);
        }
        if (v instanceof Map<?, ?> || v instanceof Iterable<?> || v instanceof double[] || v instanceof int[]) {
            return SummaryJsonWriter.compact(v);
        }
        return String.valueOf(v);
    }
}
