package org.shrinkagelab.ui;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Slider events coalesced into recomputations: at most one runs and at most one waits, holding the newest
 * request; those superseded while it waited are dropped. The running one is never cancelled, so a drag
 * whose events come faster than a recomputation still shows a result per recomputation (the newest
 * settings each time) instead of cancelling every one before it ends. Used from one thread (the FX thread).
 *
 * @param <T> what a recomputation is asked for (e.g. the settings)
 */
public final class CoalescedRequests<T> {
    private final Consumer<T> start;
    private boolean running;
    private T waiting;

    /** Requests that {@code start} begins; it must lead to exactly one {@link #finished()} call when done. */
    public CoalescedRequests(Consumer<T> start) {
        this.start = Objects.requireNonNull(start);
    }

    /** Starts a recomputation for the request now if none runs, else keeps it as the one to start next. */
    public void request(T request) {
        Objects.requireNonNull(request);
        if (running) {
            waiting = request;
        } else {
            running = true;
            start.accept(request);
        }
    }

    /** Says the running recomputation ended (shown, failed or cancelled): the waiting request, if any, starts. */
    public void finished() {
        T next = waiting;
        waiting = null;
        if (next == null) {
            running = false;
        } else {
            start.accept(next);
        }
    }

    /** Drops the waiting request, if any (the user cancelled); the running one still reports {@link #finished()}. */
    public void dropWaiting() {
        waiting = null;
    }

    /**
     * Forgets the running and the waiting request: other work under the running one's job key replaced it,
     * so its end will never be reported (the service delivers only the newest job's callbacks).
     */
    public void abandon() {
        waiting = null;
        running = false;
    }

    /** Whether a recomputation runs. */
    public boolean running() {
        return running;
    }

    /** Whether a request waits for the running recomputation to end. */
    public boolean waiting() {
        return waiting != null;
    }
}
