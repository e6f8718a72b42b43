package org.shrinkagelab.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.app.TabCatalog;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.workbench.WorkbenchProblem;

/** The hand-written JSON of a summary is byte for byte what Gson writes of the same tree. */
class SummaryJsonWriterTest {

    /** Gson's pretty JSON of the summary's tree, as Summary.toJson wrote it before it had its own writer. */
    private static String gsonJson(Summary s) {
        JsonObject root = new JsonObject();
        root.addProperty("problem", s.problem());
        root.add("settings", Summary.toJsonTree(s.settings()));
        root.add("parameters", Summary.toJsonTree(s.parameters()));
        root.add("quantities", Summary.toJsonTree(s.quantities()));
        if (s.sampler() != null) {
            root.add("sampler", Summary.toJsonTree(s.sampler()));
        }
        s.extra().forEach((k, v) -> root.add(k, Summary.toJsonTree(v)));
        return new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(root);
    }

    private static void assertSameAsGson(Summary s) {
        assertEquals(gsonJson(s), s.toJson(), s.problem());
        List<Object> values = new ArrayList<>(s.quantities().values());
        if (s.sampler() != null) {
            values.addAll(s.sampler().values());
        }
        values.addAll(s.extra().values());
        for (Object v : values) {
            assertEquals(Summary.toJsonTree(v).toString(), SummaryJsonWriter.compact(v), s.problem());
        }
    }

    @Test
    void everyProblemsSummaryIsWrittenAsGsonWritesIt() {
        for (Problem p : TabCatalog.problems()) {
            Settings settings = p.defaults();
            if (p instanceof WorkbenchProblem) {
                settings = settings.with("chains", "2").with("warmup", "100").with("draws", "100");
            }
            assertSameAsGson(p.summarize(settings, JobContext.none()));
        }
    }

    @Test
    void awkwardValuesAreWrittenAsGsonWritesThem() {
        Map<Object, Object> odd = new LinkedHashMap<>();
        odd.put("text", "quote \" backslash \\ tab \t newline \n bell \u0007 <html> & a='b' \u2028 \u2029 é");
        odd.put("nan", Double.NaN);
        odd.put("inf", Double.POSITIVE_INFINITY);
        odd.put("minus-inf", Double.NEGATIVE_INFINITY);
        odd.put("float", 0.1f);
        odd.put("tiny", 1e-300);
        odd.put("huge", 1.5e300);
        odd.put("int", 3);
        odd.put("long", 1L << 40);
        odd.put("bool", true);
        odd.put("null", null);
        odd.put("doubles", new double[] {1, Double.NaN, -0.0, Double.NEGATIVE_INFINITY});
        odd.put("ints", new int[] {1, -2});
        odd.put("empty-doubles", new double[0]);
        odd.put("empty-list", List.of());
        odd.put("empty-map", Map.of());
        odd.put("nested", List.of(List.of(1.5, "x"), Map.of("k", List.of())));
        odd.put(7, "a key that is not a string");
        odd.put("7", "the same key as a string: replaces the value, keeps the place");
        odd.put("other", new StringBuilder("an object written as its text"));
        ParameterSummary partial = new ParameterSummary("theta[1]", 1.0, null, 0.0, 0.5, 1.0, Double.NaN, null,
                Double.POSITIVE_INFINITY, 400.0, 1.01);
        odd.put("row", partial);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("seed", 1);
        settings.put("prior", "normal:0,20");
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("odd", odd);
        extra.put("problem", "an extra with a field's name");
        Map<String, Object> quantities = new LinkedHashMap<>();
        odd.forEach((k, v) -> quantities.put(String.valueOf(k), v));
        Summary s = new Summary("odd", settings, Arrays.asList(partial, partial), quantities,
                new LinkedHashMap<>(Map.of("ebfmi", new double[] {1.25, 0.5})), extra);
        assertSameAsGson(s);
        assertSameAsGson(new Summary("bare", Map.of(), List.of(), Map.of(), null, Map.of()));
    }
}
