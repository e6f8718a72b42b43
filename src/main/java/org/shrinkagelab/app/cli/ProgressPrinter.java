package org.shrinkagelab.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;

/**
 * Shows a long command-line computation's progress on stderr, around any JobContext (the sequential one,
 * or a parallel one): on a terminal one line updated in place with {@code \r}, at most ten times a second;
 * otherwise (a log file, a pipe) a plain line at most every {@link #SPARSE_INTERVAL_MS} ms, so short runs
 * print nothing. Cancellation and parallel parts are the wrapped context's.
 */
final class ProgressPrinter implements JobContext, AutoCloseable {
    /** Least time between two in-place updates on a terminal. */
    static final long TERMINAL_INTERVAL_MS = 100;
    /** Least time before the first and between two plain progress lines. */
    static final long SPARSE_INTERVAL_MS = 10_000;
    private static final int MAX_WIDTH = 160;

    /** The state the job's and its parts' printers share. */
    private static final class Line {
        private final PrintWriter err;
        private final boolean terminal;
        private final LongSupplier clockMs;
        private final Map<Integer, String> messages = new TreeMap<>();
        private long lastPrint;
        private int lastWidth;
        private boolean printedInPlace;

        Line(PrintWriter err, boolean terminal, LongSupplier clockMs) {
            this.err = err;
            this.terminal = terminal;
            this.clockMs = clockMs;
            this.lastPrint = clockMs.getAsLong();
        }

        synchronized void report(int part, String message) {
            messages.put(part, message);
            long now = clockMs.getAsLong();
            if (now - lastPrint < (terminal ? TERMINAL_INTERVAL_MS : SPARSE_INTERVAL_MS)) {
                return;
            }
            lastPrint = now;
            String text = String.join("  ", messages.values());
            if (text.length() > MAX_WIDTH) {
                text = text.substring(0, MAX_WIDTH - 1) + "…";
            }
            if (terminal) {
                err.print("\r" + text + " ".repeat(Math.max(0, lastWidth - text.length())));
                lastWidth = text.length();
                printedInPlace = true;
            } else {
                err.println(text);
            }
            err.flush();
        }

        synchronized void finish() {
            if (printedInPlace) {
                err.print("\r" + " ".repeat(lastWidth) + "\r"); // leave the terminal as it was
                err.flush();
                printedInPlace = false;
            }
        }
    }

    private final JobContext inner;
    private final Line line;
    private final int part;

    private ProgressPrinter(JobContext inner, Line line, int part) {
        this.inner = inner;
        this.line = line;
        this.part = part;
    }

    /** Progress of {@code inner} on {@code err}, in place if stderr is a terminal (there is a console). */
    static ProgressPrinter onStderr(JobContext inner, PrintWriter err) {
        return new ProgressPrinter(inner, new Line(err, System.console() != null, System::currentTimeMillis), -1);
    }

    /** Progress of {@code inner} on {@code err} with a given clock (tests). */
    static ProgressPrinter of(JobContext inner, PrintWriter err, boolean terminal, LongSupplier clockMs) {
        return new ProgressPrinter(inner, new Line(err, terminal, clockMs), -1);
    }

    @Override
    public boolean isCancelled() {
        return inner.isCancelled();
    }

    @Override
    public void progress(double fraction, String message) {
        inner.progress(fraction, message);
        line.report(part, message == null || message.isEmpty()
                ? Math.round(100 * fraction) + "%" : message);
    }

    @Override
    public <R> List<R> parallel(List<? extends PartTask<R>> parts) {
        List<PartTask<R>> shown = new ArrayList<>(parts.size());
        for (int k = 0; k < parts.size(); k++) {
            PartTask<R> task = parts.get(k);
            int index = k;
            shown.add(ctx -> task.run(new ProgressPrinter(ctx, line, index)));
        }
        return inner.parallel(shown);
    }

    /** Clears an in-place line, so what the command prints next starts at the left margin. */
    @Override
    public void close() {
        line.finish();
    }
}
