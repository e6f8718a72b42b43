package org.shrinkagelab.ui;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.shrinkagelab.data.AtomicFiles;
import org.shrinkagelab.data.DataFormatException;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.SettingsFile;

/**
 * Reset to defaults, Save settings… and Load settings… for one tab's parameter panel. The file is the
 * {@code problem} and {@code settings} of a {@code summary --format json} output, so {@code summary
 * --settings FILE} reproduces what the tab showed, and any summary output loads here. A file for another
 * problem or with a refused value changes nothing; the message says what is wrong.
 */
public final class SettingsControls extends VBox {
    private final String problem;
    private final Settings defaults;
    private final ParameterPanel panel;
    private final Label message = new Label();
    private Consumer<Settings> onReplaced = s -> { };

    /** Controls for the panel of {@code problem}, whose defaults are {@code defaults}. */
    public SettingsControls(String problem, Settings defaults, ParameterPanel panel) {
        this(problem, defaults, panel, null);
    }

    /**
     * The same with {@code run} (Run, New seed and perhaps Auto-run, see {@link RunControls}) above them, so
     * that every tab gets its run row and its settings files from one place; null for none.
     */
    public SettingsControls(String problem, Settings defaults, ParameterPanel panel, RunControls run) {
        super(2);
        this.problem = problem;
        this.defaults = defaults;
        this.panel = panel;
        Button reset = new Button("Reset to defaults");
        reset.setId(problem + "-reset");
        reset.setOnAction(e -> reset());
        Button save = fileButton("Save settings…", "-save-settings",
                "Writes these settings as JSON; `summary --settings FILE` reruns them", true);
        Button load = fileButton("Load settings…", "-load-settings",
                "Reads a saved settings file or a `summary --format json` output", false);
        message.setId(problem + "-settings-message");
        message.setWrapText(true);
        message.setStyle("-fx-font-size: 11px;");
        if (run != null) {
            getChildren().add(run);
        }
        // a flow, not a row: in a narrow column the buttons wrap instead of being cut to "Reset to defa…"
        FlowPane buttons = new FlowPane(6, 4, reset, save, load);
        for (var b : buttons.getChildren()) {
            ((Button) b).setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(buttons, message);
    }

    /**
     * The settings row of a cheap problem's tab: Run (and New seed when it has a seed) calling {@code run},
     * which every change also does by itself, above Reset, Save settings… and Load settings….
     */
    public static SettingsControls of(Problem problem, ParameterPanel panel, Runnable run) {
        return new SettingsControls(problem.id(), problem.defaults(), panel,
                new RunControls(problem.id(), panel, run, null));
    }

    /**
     * What to do after Reset or Load replaced the panel's settings: a tab whose own controls (toggles, prior
     * sliders) show some of them brings those controls in line.
     */
    public void setOnReplaced(Consumer<Settings> action) {
        onReplaced = action;
    }

    /** A button that asks for a file to save to (or to open) and saves (or loads) it. */
    private Button fileButton(String text, String idSuffix, String tooltip, boolean saving) {
        Button b = new Button(text);
        b.setId(problem + idSuffix);
        LazyTooltips.install(b, tooltip);
        b.setOnAction(e -> {
            FileChooser c = chooser(text.replace("…", ""));
            File f = saving ? c.showSaveDialog(getScene().getWindow()) : c.showOpenDialog(getScene().getWindow());
            if (f != null) {
                if (saving) {
                    save(f.toPath());
                } else {
                    load(f.toPath());
                }
            }
        });
        return b;
    }

    private FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.setInitialFileName(problem + "-settings.json");
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        return c;
    }

    /** Every setting back to its default. */
    public void reset() {
        panel.setAll(defaults);
        onReplaced.accept(defaults);
        message.setText("");
    }

    /** Writes the panel's settings; a failure is shown, nothing else changes. */
    public void save(Path file) {
        try {
            AtomicFiles.write(file, SettingsFile.toJson(problem, panel.getSettings()).getBytes(StandardCharsets.UTF_8));
            message.setText("Saved " + file.getFileName());
            message.setStyle("-fx-font-size: 11px;");
        } catch (IOException e) {
            refuse("Could not save " + file.getFileName() + ": " + AtomicFiles.reason(e));
        }
    }

    /** Loads a file's settings into the panel, or refuses it naming what is wrong and changes nothing. */
    public void load(Path file) {
        try {
            Settings loaded = SettingsFile.read(file).applyTo(problem, defaults);
            panel.setAll(loaded);
            onReplaced.accept(loaded);
            message.setText("Loaded " + file.getFileName());
            message.setStyle("-fx-font-size: 11px;");
        } catch (DataFormatException e) {
            refuse(e.getMessage());
        }
    }

    /** The last message (saved, loaded or why not). */
    public String message() {
        return message.getText();
    }

    private void refuse(String text) {
        message.setText(text);
        message.setStyle("-fx-font-size: 11px; -fx-text-fill: #a00000;");
    }
}
