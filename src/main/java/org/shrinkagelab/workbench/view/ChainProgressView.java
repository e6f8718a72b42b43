package org.shrinkagelab.workbench.view;

import org.shrinkagelab.workbench.FitDiagnostics;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.shrinkagelab.engine.Progress;

/** One progress bar per chain with the chain's live message (phase and divergences so far). */
public final class ChainProgressView extends GridPane {
    private final List<ProgressBar> bars = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();

    /** Creates an empty view; call {@link #reset(int)} when a run starts. */
    public ChainProgressView() {
        setHgap(6);
        setVgap(3);
        setPadding(new Insets(2, 0, 2, 0));
    }

    /** Shows one empty bar per chain. */
    public void reset(int chains) {
        getChildren().clear();
        bars.clear();
        labels.clear();
        for (int c = 0; c < chains; c++) {
            ProgressBar bar = new ProgressBar(0);
            bar.setId("chain-progress-" + (c + 1));
            bar.setPrefWidth(90);
            Label label = new Label("chain " + (c + 1) + ": waiting");
            label.setId("chain-label-" + (c + 1));
            label.setMaxWidth(Double.MAX_VALUE);
            // Wrap rather than cut a long line ("… 3 divergent (warmup: 12)") to "divergen…".
            label.setWrapText(true);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            GridPane.setHgrow(label, Priority.ALWAYS);
            add(bar, 0, c);
            add(label, 1, c);
            bars.add(bar);
            labels.add(label);
        }
    }

    /** Shows a chain's progress report (part = chain index). */
    public void show(Progress p) {
        if (p.part() < 0 || p.part() >= bars.size()) {
            return;
        }
        bars.get(p.part()).setProgress(p.fraction());
        labels.get(p.part()).setText("chain " + (p.part() + 1) + ": " + p.message());
    }

    /**
     * Shows each chain's final state: its divergences and whether it finished. Chains beyond those
     * kept had not started when the run was cancelled (they start in order) and are marked so.
     */
    public void finish(FitDiagnostics d) {
        if (bars.size() < d.chains()) {
            reset(d.chains());
        }
        for (int c = d.chains(); c < bars.size(); c++) {
            labels.get(c).setText("chain " + (c + 1) + ": had not started, left out");
        }
        for (int c = 0; c < d.chains(); c++) {
            if (d.complete()) {
                bars.get(c).setProgress(1);
            }
            int div = d.divergencesPerChain()[c];
            String text = "chain " + (c + 1) + ": " + (d.complete() ? "done" : "cancelled after "
                    + d.drawsPerChain() + " draws") + ", " + div + " divergent after warmup";
            labels.get(c).setText(text);
            labels.get(c).setStyle(div > 0 ? "-fx-text-fill: #c01010;" : "");
        }
    }

    /** The text shown for a chain (1-based), for tests. */
    public String text(int chain) {
        return labels.get(chain - 1).getText();
    }
}
