package org.shrinkagelab.workbench.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.ui.LazyTooltips;
import org.shrinkagelab.ui.ParameterPanel;
import org.shrinkagelab.workbench.SliderPrior;

/**
 * Priors as controls: for each {@link SliderPrior} a family choice (when it has more than one family: a box of
 * its own, or a choice among the sliders) and sliders for its arguments, bound both ways to the prior's text option in a tab's settings. Moving a slider
 * or choosing a family writes that one prior's text ({@code family:a,b}, as the command line takes it); a
 * change of the settings from elsewhere (reset, loaded settings) moves the controls. A refused typed value
 * names the slider's field as labelled and changes nothing. The tab lays the pieces out and previews while
 * {@link #adjustingProperty()} is true, as for its other sliders.
 */
public final class PriorControls {
    private static final String CAPTION_STYLE = "-fx-font-size: 11px; -fx-text-fill: #555;";

    private final ParameterPanel options;
    private final List<SliderPrior> priors;
    private final ParameterPanel sliders;
    private final Map<String, ComboBox<String>> familyBoxes = new LinkedHashMap<>();
    private final Label meaning = new Label();
    private final Label texts = new Label();
    /** True while the controls are moved to show the settings (or a family's start): nothing is written. */
    private boolean showing;

    /**
     * Controls for the priors, showing and writing their options in {@code options} (the tab's settings panel,
     * which need not display these options itself).
     */
    public PriorControls(ParameterPanel options, List<SliderPrior> priors) {
        this.options = options;
        this.priors = List.copyOf(priors);
        List<ParameterSpec> specs = new ArrayList<>();
        for (SliderPrior p : priors) {
            specs.addAll(p.sliders());
        }
        sliders = new ParameterPanel(Settings.defaults(specs));
        for (SliderPrior p : priors) {
            if (p.families().size() > 1 && p.familyChoice() == null) {
                ComboBox<String> box = new ComboBox<>();
                box.getItems().setAll(p.families());
                box.setId(familyId(p.option()));
                box.setMaxWidth(Double.MAX_VALUE);
                LazyTooltips.install(box, "--" + p.option() + " on the command line");
                familyBoxes.put(p.option(), box);
            }
        }
        meaning.setStyle(CAPTION_STYLE);
        meaning.setWrapText(true);
        texts.setId("prior-texts");
        texts.setStyle(CAPTION_STYLE);
        texts.setWrapText(true);
        show(options.getSettings());
        sliders.settingsProperty().addListener((obs, old, now) -> slidersMoved(old, now));
        familyBoxes.forEach((option, box) -> box.valueProperty().addListener((obs, old, family) -> {
            if (family != null && !showing) {
                familyChosen(prior(option), family);
            }
        }));
        options.settingsProperty().addListener((obs, old, now) -> show(now));
    }

    /** The id of a prior's family choice: {@code tau-prior} gives {@code tau-family}, {@code population} {@code population-family}. */
    static String familyId(String option) {
        return (option.endsWith("-prior") ? option.substring(0, option.length() - "-prior".length()) : option)
                + "-family";
    }

    /** Adds a row (label, family choice) to the grid for each prior with a choice of family; returns the next row. */
    public int addFamilyRows(GridPane grid, int row) {
        for (SliderPrior p : priors) {
            ComboBox<String> box = familyBoxes.get(p.option());
            if (box != null) {
                Label label = new Label(p.familyLabel());
                label.setLabelFor(box);
                grid.addRow(row++, label, box);
            }
        }
        return row;
    }

    /** The family choice of a prior's option, or null when the prior has a single family. */
    public ComboBox<String> familyBox(String option) {
        return familyBoxes.get(option);
    }

    /** The sliders of every prior, with their fields. */
    public ParameterPanel sliders() {
        return sliders;
    }

    /** What the sliders mean under the families chosen (e.g. a uniform's upper bound), one line per prior. */
    public Label meaning() {
        return meaning;
    }

    /** The priors in force as the command line writes them, one a line ({@code --tau-prior half-cauchy:2}). */
    public Label texts() {
        return texts;
    }

    /** True while a prior's slider is being dragged. */
    public ReadOnlyBooleanProperty adjustingProperty() {
        return sliders.adjustingProperty();
    }

    private SliderPrior prior(String option) {
        return priors.stream().filter(p -> p.option().equals(option)).findFirst().orElseThrow();
    }

    private String family(SliderPrior p) {
        if (p.familyChoice() != null) {
            return sliders.getSettings().text(p.familyChoice());
        }
        ComboBox<String> box = familyBoxes.get(p.option());
        return box != null ? box.getValue() : p.read(options.getSettings().text(p.option())).family();
    }

    /** Writes the text of each prior whose sliders moved. */
    private void slidersMoved(Settings old, Settings now) {
        if (showing) {
            return;
        }
        for (SliderPrior p : priors) {
            boolean moved = p.sliders().stream()
                    .anyMatch(s -> !Objects.equals(old.asMap().get(s.name()), now.asMap().get(s.name())));
            if (moved) {
                write(p, family(p));
            }
        }
    }

    /** Moves the prior's sliders to the family's start, then writes its text. */
    private void familyChosen(SliderPrior p, String family) {
        showing = true;
        try {
            p.start(family).forEach(sliders::set);
        } finally {
            showing = false;
        }
        write(p, family);
    }

    private void write(SliderPrior p, String family) {
        String text = p.text(family, sliders.getSettings());
        if (!text.equals(options.getSettings().text(p.option()))) {
            options.set(p.option(), text);
        }
    }

    /** Moves every control to show the settings' priors. */
    private void show(Settings settings) {
        showing = true;
        try {
            StringBuilder lines = new StringBuilder();
            StringBuilder line = new StringBuilder();
            for (SliderPrior p : priors) {
                String text = settings.text(p.option());
                SliderPrior.Reading r = p.read(text);
                ComboBox<String> box = familyBoxes.get(p.option());
                if (box != null && !r.family().equals(box.getValue())) {
                    box.setValue(r.family());
                }
                r.values().forEach((name, v) -> {
                    if (!v.equals(sliders.getSettings().asMap().get(name))) {
                        sliders.set(name, v);
                    }
                });
                String m = p.meaning(r.family());
                if (!m.isEmpty()) {
                    lines.append(lines.length() == 0 ? "" : "\n").append(m);
                }
                line.append(line.length() == 0 ? "" : "\n").append("--").append(p.option()).append(' ').append(text);
            }
            meaning.setText(lines.toString());
            texts.setText(line.toString());
        } finally {
            showing = false;
        }
    }
}
