package org.shrinkagelab.engine;

/** Thrown by a job that noticed its cancellation and has nothing worth keeping. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; no stack trace is kept because it is ordinary control flow. */
    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
