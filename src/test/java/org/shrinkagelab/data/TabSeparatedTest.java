package org.shrinkagelab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TabSeparatedTest {
    @Test
    void headerThenOneLinePerRow() {
        assertEquals("a\tb\n1\t2\n3\t\n", TabSeparated.of(List.of("a", "b"),
                List.of(List.of("1", "2"), Arrays.asList("3", null))));
    }

    @Test
    void tabsAndLineBreaksInsideACellBecomeSpacesSoEveryLineKeepsItsColumns() {
        String tsv = TabSeparated.of(List.of("name", "note"), List.of(List.of("x\ty", "two\r\nlines")));
        assertEquals("name\tnote\nx y\ttwo lines\n", tsv);
    }

    @Test
    void aRowOfTheWrongLengthIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TabSeparated.of(List.of("a", "b"), List.of(List.of("1"))));
        assertEquals("a row of 1 cells under 2 headers", e.getMessage());
    }
}
