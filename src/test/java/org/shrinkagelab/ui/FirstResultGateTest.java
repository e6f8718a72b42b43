package org.shrinkagelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate that holds a tab's content back until its first result. */
class FirstResultGateTest {

    @Test
    void holdsActionsUntilOpenedThenRunsThemOnceInOrder() {
        FirstResultGate gate = new FirstResultGate();
        List<String> ran = new ArrayList<>();
        gate.whenOpen(() -> ran.add("first"));
        gate.whenOpen(() -> ran.add("second"));
        assertFalse(gate.isOpen());
        assertEquals(List.of(), ran, "nothing runs before the first result");
        gate.open();
        assertTrue(gate.isOpen());
        assertEquals(List.of("first", "second"), ran);
        gate.open();
        assertEquals(List.of("first", "second"), ran, "opening again runs nothing again");
        gate.whenOpen(() -> ran.add("late"));
        assertEquals(List.of("first", "second", "late"), ran, "an open gate runs at once");
    }
}
