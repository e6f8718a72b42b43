package org.shrinkagelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Problem;

/** One seed range for every problem: a seed that works in one tab works in all. */
class SeedRangeTest {

    @Test
    void everyProblemTakesSeedsFromZeroTo2To31Minus1AndNoMore() {
        for (Problem p : TabCatalog.problems()) {
            if (p.parameters().stream().noneMatch(s -> s.name().equals("seed"))) {
                continue; // hemophilia is exact and draws nothing
            }
            ParameterSpec seed = p.defaults().spec("seed");
            assertEquals(0, seed.min(), p.id());
            assertEquals(Integer.MAX_VALUE, seed.max(), p.id());
            assertEquals("Seed", seed.label(), p.id());
            p.defaults().with("seed", "2147483647");
            assertThrows(IllegalArgumentException.class, () -> p.defaults().with("seed", "2147483648"), p.id());
        }
    }
}
