package org.shrinkagelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.problems.Problem;

class TabCatalogTest {

    @Test
    void everyProblemIsListedOnceWithItsTabFactory() {
        List<Problem> problems = TabCatalog.problems();
        assertEquals(problems.size(), new HashSet<>(problems.stream().map(Problem::id).toList()).size(),
                "ids must be unique");
        assertEquals(problems.size(), TabCatalog.entries().size());
        TabCatalog.entries().forEach(e -> assertTrue(e.tab() != null, e.problem().id()));
        // the id an entry is found by without building its problem is the problem's own
        TabCatalog.entries().forEach(e -> assertEquals(e.problem().id(), e.id()));
        // and so is the title the window names its tab by
        TabCatalog.entries().forEach(e -> assertEquals(e.problem().title(), e.title(), e.id()));
        assertEquals("eight-schools-mcmc", TabCatalog.byId("eight-schools-mcmc").id());
    }

    @Test
    void anUnknownIdNamesTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TabCatalog.byId("nope"));
        assertEquals("unknown problem 'nope'; allowed: " + TabCatalog.ids(), e.getMessage());
        assertTrue(TabCatalog.ids().startsWith("eight-schools-exact, eight-schools-mcmc"), TabCatalog.ids());
    }
}
