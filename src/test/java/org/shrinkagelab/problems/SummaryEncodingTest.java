package org.shrinkagelab.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.diag.ParameterSummary;

/** How summaries encode numbers that are not ordinary: not available, infinite, huge. */
class SummaryEncodingTest {
    private static ParameterSummary row(String name, double mean, double rHat) {
        return new ParameterSummary(name, mean, 1.0, 0.0, 0.5, 1.0, 0.1, 0.1, 400.0, 400.0, rHat);
    }

    @Test
    void infiniteRhatIsDistinctFromNotAvailable() {
        JsonObject inf = Summary.parameterJson(row("a", 1, Double.POSITIVE_INFINITY));
        JsonObject na = Summary.parameterJson(row("b", 1, Double.NaN));
        assertEquals("Infinity", inf.get("r_hat").getAsString());
        assertEquals(Double.POSITIVE_INFINITY, inf.get("r_hat").getAsDouble(), "Gson reads it back as a number");
        assertTrue(na.get("r_hat").isJsonNull());
        assertEquals("-Infinity", Summary.toJsonTree(Double.NEGATIVE_INFINITY).getAsString());
    }

    @Test
    void tableStaysAlignedWithLongNumbers() {
        String table = SummaryTable.format(List.of(row("x", -1.2345e307, Double.POSITIVE_INFINITY),
                row("y", 2, 1.01)));
        List<String> lines = table.lines().toList();
        assertEquals(lines.get(0).length(), lines.get(1).length(), table);
        assertEquals(lines.get(0).length(), lines.get(2).length(), table);
        assertTrue(lines.get(1).contains(" -1.235e+307 "), table);
        assertTrue(lines.get(1).endsWith(" Inf"), table);
    }
}
