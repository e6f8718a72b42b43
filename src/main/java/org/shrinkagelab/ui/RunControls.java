package org.shrinkagelab.ui;

import java.util.random.RandomGenerator;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.shrinkagelab.problems.ParameterSpec;

/**
 * Run and New seed beside a tab's seed field, and for a costly problem an Auto-run toggle. New seed draws
 * a seed uniformly from 0 to {@link ParameterSpec#MAX_SEED} (the one range every problem accepts), puts it in
 * the seed field and runs. With auto-run on (the default) every accepted change runs as before; with it off a
 * change waits for Run and the row says so.
 */
public final class RunControls extends VBox {
    /** The option every seeded problem names its seed by. */
    public static final String SEED = "seed";

    /** The note shown while changed settings wait for Run. */
    public static final String PENDING = "settings changed: press Run";

    private final ParameterPanel panel;
    private final Runnable run;
    private final CheckBox autoRun = new CheckBox("Auto-run");
    private final Label pending = new Label("");

    /**
     * Controls for {@code panel}: Run calls {@code run}; {@code autoRunTooltip} non-null adds the Auto-run toggle
     * with that tooltip (null: the problem is cheap and always reruns on change).
     */
    public RunControls(String idPrefix, ParameterPanel panel, Runnable run, String autoRunTooltip) {
        super(2);
        this.panel = panel;
        this.run = run;
        HBox row = new HBox(6);
        row.setAlignment(Pos.CENTER_LEFT);
        Button runButton = new Button("Run");
        runButton.setId(idPrefix + "-run");
        LazyTooltips.install(runButton, "Run now with the settings shown");
        runButton.setOnAction(e -> runNow());
        row.getChildren().add(runButton);
        if (panel.getSettings().asMap().containsKey(SEED)) {
            Button newSeed = new Button("New seed");
            newSeed.setId(idPrefix + "-new-seed");
            LazyTooltips.install(newSeed, "Draw a fresh seed from 0 to " + ParameterSpec.MAX_SEED + " and run");
            newSeed.setOnAction(e -> newSeed(RandomGenerator.getDefault()));
            row.getChildren().add(newSeed);
        }
        autoRun.setSelected(true);
        if (autoRunTooltip != null) {
            autoRun.setId(idPrefix + "-auto-run");
            LazyTooltips.installWrapping(autoRun, new ReadOnlyStringWrapper(autoRunTooltip));
            autoRun.selectedProperty().addListener((obs, was, is) -> {
                if (is) {
                    setPending(false);
                }
            });
            row.getChildren().add(autoRun);
        }
        for (var n : row.getChildren()) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        pending.setId(idPrefix + "-run-pending");
        pending.setStyle("-fx-font-size: 11px; -fx-text-fill: #8a5a00;");
        getChildren().add(row);
        if (autoRunTooltip != null) {
            // its own line, always there (empty while nothing waits) so that nothing below moves
            pending.setMinHeight(Region.USE_PREF_SIZE);
            pending.setText(" ");
            getChildren().add(pending);
        }
    }

    /** A seed drawn uniformly from 0 to {@link ParameterSpec#MAX_SEED}. */
    public static long freshSeed(RandomGenerator rng) {
        return rng.nextLong(ParameterSpec.MAX_SEED + 1);
    }

    /** Puts a fresh seed from {@code rng} in the seed field and runs (a change runs by itself when auto-run is on). */
    public void newSeed(RandomGenerator rng) {
        long seed = freshSeed(rng);
        if (panel.set(SEED, seed) && !isAutoRun()) {
            runNow();
        }
    }

    /** Runs with the settings shown, clearing the "press Run" note. */
    public void runNow() {
        setPending(false);
        run.run();
    }

    /** True when a change of settings runs by itself (always for a problem without the toggle). */
    public boolean isAutoRun() {
        return autoRun.isSelected();
    }

    /** Turns auto-run on or off (as a click on the toggle). */
    public void setAutoRun(boolean on) {
        autoRun.setSelected(on);
    }

    /** Shows or clears the note that the settings changed since the last run and wait for Run. */
    public void setPending(boolean waiting) {
        pending.setText(waiting ? PENDING : " ");
    }

    /** The note shown, for tests. */
    public String pendingNote() {
        return pending.getText().isBlank() ? "" : pending.getText();
    }
}
