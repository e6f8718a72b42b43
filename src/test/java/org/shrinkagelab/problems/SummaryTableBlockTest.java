package org.shrinkagelab.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;

/** {@code summary --format table}: extra blocks read as tables and lines, not raw JSON. */
class SummaryTableBlockTest {

    @Test
    void rowsOfNumbersBecomeAnAlignedTable() {
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("theta[1]", Map.of("mean", 8.5886));
        rows.put("theta[10]", Map.of("mean", -1.25));
        String text = Summary.block(Summary.toJsonTree(rows));
        List<String> lines = text.lines().toList();
        assertEquals(3, lines.size(), text);
        assertTrue(lines.get(0).trim().equals("mean"), text);
        assertTrue(lines.get(1).startsWith("  theta[1] "), text);
        assertEquals(lines.get(1).length(), lines.get(2).length(), "columns aligned:\n" + text);
        assertFalse(text.contains("{"), text);
    }

    @Test
    void theExactProblemsAncestralBlockIsNoLongerRawJson() {
        Problem p = new org.shrinkagelab.problems.eightschools.exact.EightSchoolsExactProblem();
        String table = p.summarize(p.defaults(), JobContext.none()).toTable();
        int at = table.indexOf("ancestral:");
        assertTrue(at >= 0, table);
        String block = table.substring(at);
        assertFalse(block.contains("{\"") || block.contains("\"mean\""), block);
        assertTrue(block.contains("theta[1]") && block.contains("mcse_mean"), block);
    }
}
