package org.shrinkagelab.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.shrinkagelab.engine.JobHandle;
import org.shrinkagelab.engine.JobListener;
import org.shrinkagelab.engine.Progress;
import org.shrinkagelab.engine.SamplerService;

/**
 * The strip at the bottom of the window: what is running, a progress bar for work longer than
 * half a second, and a Cancel button; otherwise the last message.
 */
public final class StatusStrip extends HBox implements JobListener {
    private final Label text = new Label("Ready");
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final Map<JobHandle, Double> running = new LinkedHashMap<>();
    private final PauseTransition showBarLater = new PauseTransition(Duration.millis(500));

    /** Creates the strip and listens to the service; callbacks arrive on the FX thread. */
    public StatusStrip(SamplerService service) {
        super(8);
        setId("status-strip");
        getStyleClass().add("status-strip");
        setStyle("-fx-padding: 3 8 3 8; -fx-border-color: #c8c8c8 transparent transparent transparent;");
        text.setMaxWidth(Double.MAX_VALUE);
        text.setId("status-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        bar.setPrefWidth(180);
        bar.setVisible(false);
        bar.setId("status-progress");
        cancel.setId("status-cancel");
        cancel.setDisable(true);
        cancel.setOnAction(e -> {
            List.copyOf(running.keySet()).forEach(JobHandle::requestCancel);
            show("Cancelling…");
        });
        showBarLater.setOnFinished(e -> bar.setVisible(!running.isEmpty()));
        getChildren().addAll(text, bar, cancel);
        service.addListener(this);
    }

    /** Shows a message (the outcome of an action, an error) until the next job starts. */
    public void show(String message) {
        text.setText(message);
    }

    /** The text shown, for tests. */
    public String message() {
        return text.getText();
    }

    @Override
    public void started(JobHandle job) {
        running.put(job, -1.0);
        text.setText(job.title() + "…");
        cancel.setDisable(false);
        bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        showBarLater.playFromStart();
    }

    @Override
    public void progressed(JobHandle job, Progress progress) {
        if (!running.containsKey(job)) {
            return;
        }
        if (progress.part() < 0) {
            bar.setProgress(progress.fraction());
            if (progress.message() != null && !progress.message().isEmpty()) {
                text.setText(job.title() + ": " + progress.message());
            }
        }
    }

    @Override
    public void ended(JobHandle job) {
        if (running.remove(job) == null) {
            return;
        }
        if (running.isEmpty()) {
            bar.setVisible(false);
            cancel.setDisable(true);
            showBarLater.stop();
            if (text.getText().endsWith("…") || text.getText().startsWith(job.title())) {
                text.setText(job.isCancelled() ? "Cancelled: " + job.title() : "Ready");
            }
        }
    }
}
