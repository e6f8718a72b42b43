package org.shrinkagelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoalescedRequestsTest {
    private final List<Integer> started = new ArrayList<>();
    private final CoalescedRequests<Integer> requests = new CoalescedRequests<>(started::add);

    @Test
    void aStormWhileOneRunsStartsOnlyTheNewestWhenItEnds() {
        requests.request(1);
        for (int i = 2; i <= 50; i++) {
            requests.request(i);
        }
        assertEquals(List.of(1), started, "the first runs, nothing else starts while it does");
        assertTrue(requests.running());
        assertTrue(requests.waiting());
        requests.finished();
        assertEquals(List.of(1, 50), started, "then only the newest, the 48 between dropped");
        assertFalse(requests.waiting());
        requests.finished();
        assertFalse(requests.running());
        assertEquals(List.of(1, 50), started);
    }

    @Test
    void aRequestWhenIdleStartsAtOnce() {
        requests.request(7);
        requests.finished();
        requests.request(8);
        assertEquals(List.of(7, 8), started);
    }

    @Test
    void aRecomputationThatEndsInsideItsStartLeavesNothingRunning() {
        // the synchronous service of the tests runs a job and its callbacks inside submit
        List<Integer> ran = new ArrayList<>();
        @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type can only be made raw
        CoalescedRequests<Integer>[] self = new CoalescedRequests[1];
        self[0] = new CoalescedRequests<>(r -> {
            ran.add(r);
            self[0].finished();
        });
        self[0].request(1);
        self[0].request(2);
        assertEquals(List.of(1, 2), ran);
        assertFalse(self[0].running());
    }

    @Test
    void aDroppedWaitingRequestNeverStartsAndAnAbandonedRunNoLongerBlocks() {
        requests.request(1);
        requests.request(2);
        requests.dropWaiting();
        requests.finished();
        assertEquals(List.of(1), started, "cancelled: the waiting request is gone");
        assertFalse(requests.running());

        requests.request(3);
        requests.request(4);
        requests.abandon();
        assertFalse(requests.running());
        assertFalse(requests.waiting());
        requests.request(5);
        assertEquals(List.of(1, 3, 5), started, "after a replaced run, the next request starts at once");
    }
}
