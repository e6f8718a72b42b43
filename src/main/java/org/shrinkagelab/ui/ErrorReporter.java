package org.shrinkagelab.ui;

import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Shows failures to the user: a dialog for actions the user asked for, the status strip for the rest. */
public final class ErrorReporter {
    private final Consumer<String> status;
    private final Window owner;
    private final boolean dialogs;

    /** Creates a reporter that writes short messages to the status consumer and opens dialogs if allowed. */
    public ErrorReporter(Consumer<String> status, Window owner, boolean dialogs) {
        this.status = status;
        this.owner = owner;
        this.dialogs = dialogs;
    }

    /** A reporter that only writes to the status consumer (tests). */
    public static ErrorReporter quiet(Consumer<String> status) {
        return new ErrorReporter(status, null, false);
    }

    /** Reports a failure of something the user asked for (saving, loading) in a dialog and the status strip. */
    public void actionFailed(String what, Throwable error) {
        String message = message(error);
        status.accept(what + ": " + message);
        if (dialogs) {
            Alert alert = new Alert(Alert.AlertType.ERROR, message);
            alert.setHeaderText(what);
            alert.initOwner(owner);
            alert.show();
        }
    }

    /** Reports a failed background computation in the status strip. */
    public void computeFailed(String what, Throwable error) {
        status.accept(what + " failed: " + message(error));
    }

    /** The user-facing text of a failure. */
    public static String message(Throwable error) {
        Throwable t = error;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
