package org.shrinkagelab.problems;

import java.util.LinkedHashMap;
import java.util.Map;
import org.shrinkagelab.engine.diag.ParameterSummary;

/**
 * Writes the values a summary holds as JSON text, byte for byte as Gson writes {@link Summary#toJsonTree(Object)}
 * (pretty: {@code GsonBuilder().setPrettyPrinting().serializeNulls()}, HTML-safe; compact: {@code JsonElement
 * .toString()}). It exists for speed: Gson's start (its type adapters, loaded and run in a cold JVM) cost the
 * command line about 35 ms per summary. SummaryJsonWriterTest compares the two on every problem's summary.
 */
final class SummaryJsonWriter {
    private static final String[] ESCAPES = new String[128];
    private static final String[] HTML_SAFE_ESCAPES;

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = String.format("\\u%04x", c);
        }
        ESCAPES['"'] = "\\\"";
        ESCAPES['\\'] = "\\\\";
        ESCAPES['\t'] = "\\t";
        ESCAPES['\b'] = "\\b";
        ESCAPES['\n'] = "\\n";
        ESCAPES['\r'] = "\\r";
        ESCAPES['\f'] = "\\f";
        HTML_SAFE_ESCAPES = ESCAPES.clone();
        HTML_SAFE_ESCAPES['<'] = "\\u003c";
        HTML_SAFE_ESCAPES['>'] = "\\u003e";
        HTML_SAFE_ESCAPES['&'] = "\\u0026";
        HTML_SAFE_ESCAPES['='] = "\\u003d";
        HTML_SAFE_ESCAPES['\''] = "\\u0027";
    }

    private final StringBuilder out = new StringBuilder();
    private final boolean pretty;
    private final String[] escapes;

    private SummaryJsonWriter(boolean pretty) {
        this.pretty = pretty;
        this.escapes = pretty ? HTML_SAFE_ESCAPES : ESCAPES;
    }

    /** The value as Gson's pretty printer writes its tree: two-space indents, HTML characters escaped. */
    static String pretty(Object value) {
        SummaryJsonWriter w = new SummaryJsonWriter(true);
        w.value(value, 0);
        return w.out.toString();
    }

    /** The value on one line, as {@code Summary.toJsonTree(value).toString()}. */
    static String compact(Object value) {
        SummaryJsonWriter w = new SummaryJsonWriter(false);
        w.value(value, 0);
        return w.out.toString();
    }

    /** The same cases, in the same order, as {@link Summary#toJsonTree(Object)}. */
    private void value(Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            // keys as Gson's JsonObject keeps them: a repeated key keeps its first place and its last value
            Map<String, Object> fields = new LinkedHashMap<>();
            map.forEach((k, v) -> fields.put(String.valueOf(k), v));
            object(fields, depth);
        } else if (value instanceof Iterable<?> list) {
            beginArray();
            boolean first = true;
            for (Object v : list) {
                element(first, depth);
                value(v, depth + 1);
                first = false;
            }
            endArray(first, depth);
        } else if (value instanceof double[] arr) {
            beginArray();
            for (int i = 0; i < arr.length; i++) {
                element(i == 0, depth);
                number(arr[i]);
            }
            endArray(arr.length == 0, depth);
        } else if (value instanceof int[] arr) {
            beginArray();
            for (int i = 0; i < arr.length; i++) {
                element(i == 0, depth);
                out.append(arr[i]);
            }
            endArray(arr.length == 0, depth);
        } else if (value instanceof ParameterSummary p) {
            object(parameterFields(p), depth);
        } else if (value instanceof Double d) {
            number(d);
        } else if (value instanceof Float f) {
            number(f);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            string(String.valueOf(value));
        }
    }

    /** A parameter row's fields in their order, leaving out those that do not apply (null). */
    static Map<String, Object> parameterFields(ParameterSummary p) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", p.name());
        putPresent(o, "mean", p.mean());
        putPresent(o, "sd", p.sd());
        putPresent(o, "q5", p.q5());
        putPresent(o, "q50", p.q50());
        putPresent(o, "q95", p.q95());
        putPresent(o, "mcse_mean", p.mcseMean());
        putPresent(o, "mcse_sd", p.mcseSd());
        putPresent(o, "ess_bulk", p.essBulk());
        putPresent(o, "ess_tail", p.essTail());
        putPresent(o, "r_hat", p.rHat());
        return o;
    }

    private static void putPresent(Map<String, Object> o, String name, Double v) {
        if (v != null) {
            o.put(name, v);
        }
    }

    private void object(Map<String, Object> fields, int depth) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            element(first, depth);
            string(e.getKey());
            out.append(pretty ? ": " : ":");
            value(e.getValue(), depth + 1);
            first = false;
        }
        close('}', first, depth);
    }

    private void beginArray() {
        out.append('[');
    }

    private void endArray(boolean empty, int depth) {
        close(']', empty, depth);
    }

    /** Before an element or a field of the container at {@code depth}: a comma after the first, then a new line. */
    private void element(boolean first, int depth) {
        if (!first) {
            out.append(',');
        }
        newline(depth + 1);
    }

    private void close(char bracket, boolean empty, int depth) {
        if (!empty) {
            newline(depth);
        }
        out.append(bracket);
    }

    private void newline(int depth) {
        if (pretty) {
            out.append('\n');
            out.append("  ".repeat(depth));
        }
    }

    /** NaN as null, infinities as the strings Gson reads back, other values as Double.toString. */
    private void number(double v) {
        if (Double.isNaN(v)) {
            out.append("null");
        } else if (Double.isInfinite(v)) {
            string(v > 0 ? "Infinity" : "-Infinity");
        } else {
            out.append(v);
        }
    }

    private void string(String s) {
        out.append('"');
        int last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = c < 128 ? escapes[c] : c == '\u2028' ? "\\u2028" : c == '\u2029' ? "\\u2029" : null;
            if (escape != null) {
                out.append(s, last, i).append(escape);
                last = i + 1;
            }
        }
        out.append(s, last, s.length()).append('"');
    }
}
