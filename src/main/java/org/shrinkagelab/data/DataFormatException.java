package org.shrinkagelab.data;

/** A data file is not as expected; the message names the file, line and column where it can. */
public final class DataFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message for the user. */
    public DataFormatException(String message) {
        super(message);
    }

    /** Creates the exception with a message for the user and the underlying cause. */
    public DataFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
