package org.shrinkagelab.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds back whatever waits for a tab's first result, and lets it through once that result is shown or its
 * computation ended otherwise (failed or cancelled: a tab is never kept hidden). Used on the FX thread only.
 */
public final class FirstResultGate {
    private final List<Runnable> waiting = new ArrayList<>();
    private boolean open;

    /** Runs {@code action} now if the gate is open, else when it opens. */
    public void whenOpen(Runnable action) {
        if (open) {
            action.run();
        } else {
            waiting.add(action);
        }
    }

    /** Opens the gate (once; later calls do nothing), running what waited in the order it came. */
    public void open() {
        if (open) {
            return;
        }
        open = true;
        List<Runnable> now = List.copyOf(waiting);
        waiting.clear();
        now.forEach(Runnable::run);
    }

    /** Whether the gate has opened. */
    public boolean isOpen() {
        return open;
    }
}
