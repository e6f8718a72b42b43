package org.shrinkagelab.engine;

/** A submitted job as its submitter and the status strip see it. */
public interface JobHandle {

    /** The key the job was submitted under; a newer job under the same key supersedes it. */
    String key();

    /** A short human-readable description, such as "Eight Schools: NUTS, 4 chains". */
    String title();

    /** Asks the job to stop at its next cancellation check. */
    void cancel();

    /** A user's Cancel: what the submitter asked for with {@link JobBuilder#onCancelRequest}, else {@link #cancel()}. */
    default void requestCancel() {
        cancel();
    }

    /** Tells whether cancellation was requested. */
    boolean isCancelled();
}
