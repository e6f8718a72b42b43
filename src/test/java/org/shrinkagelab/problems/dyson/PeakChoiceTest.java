package org.shrinkagelab.problems.dyson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PeakChoiceTest {

    @Test
    void highestAndRanksParseAndRoundTrip() {
        assertEquals(0, PeakChoice.parse("highest").rank(3, 12));
        PeakChoice c = PeakChoice.parse("1, 2,1");
        assertEquals(1, c.rank(1, 3));
        assertEquals("1,2,3", c.with(2, 2, 3));
        assertEquals("highest", c.with(1, 0, 3));
        assertEquals("1,1,1,2", PeakChoice.parse("highest").with(3, 1, 4));
    }

    @Test
    void badRanksAreNamedByPosition() {
        assertEquals("peak 2 'x' is not a rank; " + PeakChoice.FORMAT,
                assertThrows(IllegalArgumentException.class, () -> PeakChoice.parse("1,x")).getMessage());
        assertEquals("peak 1 is 9; ranks run from 1 to 8",
                assertThrows(IllegalArgumentException.class, () -> PeakChoice.parse("9")).getMessage());
        assertEquals("peaks: 12 objects need 12 ranks, got 2",
                assertThrows(IllegalArgumentException.class, () -> PeakChoice.parse("1,2").rank(0, 12)).getMessage());
    }
}
