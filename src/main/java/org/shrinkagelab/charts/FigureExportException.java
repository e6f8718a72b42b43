package org.shrinkagelab.charts;

/** A figure could not be written; the message names the file and the reason. */
public final class FigureExportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message for the user. */
    public FigureExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
