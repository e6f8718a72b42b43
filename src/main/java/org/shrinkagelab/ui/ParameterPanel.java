package org.shrinkagelab.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Popup;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Settings;

/**
 * A problem's settings as controls: a slider with an editable field for each number, a choice
 * box for each choice, a field for each text value. A refused typed value leaves the settings
 * as they were; the field turns red and a message naming it as labelled appears right under it,
 * in a popup so that nothing moves and no scrollbar appears. Both go as soon as the field holds
 * a valid value again (typed, reset, or set from elsewhere).
 */
public final class ParameterPanel extends GridPane {
    private final ReadOnlyObjectWrapper<Settings> settings;
    private final ReadOnlyBooleanWrapper adjusting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Map<String, Runnable> refreshers = new LinkedHashMap<>();
    private final Label messageLabel = new Label();
    private final Popup messagePopup = new Popup();
    private final Map<String, Node> inputs = new LinkedHashMap<>();
    private String refused;
    private boolean refreshing;
    private int row;
    private static final String ERROR_STYLE = "-fx-border-color: #c00000; -fx-background-color: #fff4f4;";

    /** Builds controls for every parameter, starting from the given settings. */
    public ParameterPanel(Settings initial) {
        this(initial, initial.specs());
    }

    /** Builds controls for the listed parameters only (a tab may show the rest its own way). */
    public ParameterPanel(Settings initial, List<ParameterSpec> shown) {
        settings = new ReadOnlyObjectWrapper<>(initial);
        getStyleClass().add("parameter-panel");
        setHgap(6);
        setVgap(4);
        ColumnConstraints labelCol = new ColumnConstraints();
        ColumnConstraints sliderCol = new ColumnConstraints(120, 170, Double.MAX_VALUE);
        sliderCol.setHgrow(Priority.ALWAYS);
        ColumnConstraints fieldCol = new ColumnConstraints(70, 80, 100);
        getColumnConstraints().addAll(labelCol, sliderCol, fieldCol);
        for (ParameterSpec spec : shown) {
            add(spec);
        }
        messageLabel.getStyleClass().add("parameter-error");
        messageLabel.setStyle("-fx-text-fill: #a00000; -fx-background-color: #fff4f4; -fx-border-color: #c00000;"
                + " -fx-padding: 3 6 3 6; -fx-font-size: 12px;");
        messageLabel.setWrapText(true);
        messageLabel.setMaxWidth(360);
        messageLabel.textProperty().bind(message);
        messagePopup.getContent().add(messageLabel);
        messagePopup.setAutoFix(true);
        sceneProperty().addListener((obs, old, scene) -> hideMessage());
    }

    /** The current settings; changes on every accepted edit (including while a slider is dragged). */
    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** The current settings. */
    public Settings getSettings() {
        return settings.get();
    }

    /** True while a slider is being dragged: a tab may run a cheaper preview then. */
    public ReadOnlyBooleanProperty adjustingProperty() {
        return adjusting.getReadOnlyProperty();
    }

    /** The last refusal message, empty when the last edit was accepted. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Sets a value as if typed by the user: accepted values update the settings and controls,
     * refused ones leave them unchanged and set the message. Returns whether it was accepted.
     */
    public boolean set(String name, Object value) {
        try {
            Settings next = settings.get().with(name, value);
            String wasRefused = refused;
            clearRefusal();
            settings.set(next);
            refresh(name);
            if (wasRefused != null && !wasRefused.equals(name)) {
                refresh(wasRefused);
            }
            return true;
        } catch (IllegalArgumentException e) {
            String previous = refused;
            refused = name;
            message.set(labelled(settings.get().spec(name), e.getMessage()));
            if (previous != null && !previous.equals(name)) {
                refresh(previous);
            }
            refresh(name);
            showMessage(name);
            return false;
        }
    }

    /**
     * Replaces every value at once (reset to defaults, loaded settings): one settings change, every
     * control shows its new value and any red field is cleared. The settings must be of the same specs.
     */
    public void setAll(Settings next) {
        if (!next.asMap().keySet().equals(settings.get().asMap().keySet())) {
            throw new IllegalArgumentException("settings of other parameters: " + next.asMap().keySet());
        }
        String wasRefused = refused;
        clearRefusal();
        settings.set(next);
        refreshers.keySet().forEach(this::refresh);
        if (wasRefused != null) {
            refresh(wasRefused);
        }
    }

    /** The name of the field whose last typed value was refused, or null. */
    public String refusedField() {
        return refused;
    }

    /**
     * The spec's message names the command-line option ("--tau -5 is not allowed ..."); in the window
     * the field is named as it is labelled ("Tau: -5 is not allowed ...").
     */
    static String labelled(ParameterSpec spec, String message) {
        String option = "--" + spec.name() + " ";
        String rest = message.startsWith(option) ? message.substring(option.length()) : message;
        return spec.label() + ": " + rest;
    }

    private void refresh(String name) {
        Runnable r = refreshers.get(name);
        if (r != null) {
            refreshing = true;
            try {
                r.run();
            } finally {
                refreshing = false;
            }
        }
    }

    private void clearRefusal() {
        refused = null;
        message.set("");
        hideMessage();
    }

    private void showMessage(String name) {
        Node input = inputs.get(name);
        if (input == null || input.getScene() == null || input.getScene().getWindow() == null
                || !input.getScene().getWindow().isShowing()) {
            return;
        }
        var bounds = input.localToScreen(input.getBoundsInLocal());
        if (bounds == null) {
            return;
        }
        double x = Math.max(0, bounds.getMaxX() - 360);
        messagePopup.show(input, x, bounds.getMaxY() + 2);
    }

    private void hideMessage() {
        messagePopup.hide();
    }

    /** A field being edited loses its red state as soon as its text is a value the spec accepts. */
    private void clearWhenValid(ParameterSpec spec, TextField field) {
        field.textProperty().addListener((obs, old, text) -> {
            // Only the user's typing: a refresh puts back the value in force, which says nothing about the text refused.
            if (!refreshing && spec.name().equals(refused) && accepts(spec, text)) {
                clearRefusal();
                field.setStyle("");
            }
        });
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                hideMessage();
            } else if (spec.name().equals(refused)) {
                showMessage(spec.name());
            }
        });
    }

    private boolean accepts(ParameterSpec spec, String text) {
        try {
            settings.get().with(spec.name(), text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void add(ParameterSpec spec) {
        Label label = new Label(spec.label());
        label.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        Node control = switch (spec.kind()) {
            case REAL, INTEGER -> sliderWithField(spec, label);
            case CHOICE -> choice(spec);
            case TEXT -> textField(spec);
        };
        label.setLabelFor(control);
        add(label, 0, row);
        List<Node> parts;
        if (spec.kind() == ParameterSpec.Kind.REAL || spec.kind() == ParameterSpec.Kind.INTEGER) {
            GridPane pair = (GridPane) control;
            Node slider = pair.getChildren().get(0);
            Node field = pair.getChildren().get(1);
            pair.getChildren().clear();
            add(slider, 1, row);
            add(field, 2, row);
            parts = List.of(slider, field);
        } else {
            add(control, 1, row, 2, 1);
            parts = List.of(control);
        }
        // made on first hover or focus: three popups per setting were the largest cost before the first paint
        StringProperty tip = new SimpleStringProperty();
        LazyTooltips.installWrapping(label, tip);
        for (Node part : parts) {
            if (part instanceof javafx.scene.control.Control c) {
                LazyTooltips.installWrapping(c, tip);
            }
        }
        Runnable enable = () -> {
            boolean enabled = spec.isEnabled(settings.get());
            parts.forEach(n -> n.setDisable(!enabled));
            // A disabled node shows no tooltip: the label stays enabled, greyed, to say why.
            label.setOpacity(enabled ? 1 : 0.55);
            tip.set(tooltip(spec, enabled));
        };
        enable.run();
        settings.addListener((obs, old, now) -> enable.run());
        row++;
    }

    /**
     * The label's tooltip: the spec's help, the option and its allowed values, and, while the setting has
     * no effect, why.
     */
    static String tooltip(ParameterSpec spec, boolean enabled) {
        StringBuilder sb = new StringBuilder();
        if (!enabled) {
            sb.append("No effect now: ").append(spec.disabledReason()).append("\n");
        }
        if (!spec.help().isEmpty()) {
            sb.append(spec.help()).append("\n");
        }
        return sb.append("--").append(spec.name()).append(": ").append(spec.allowed()).toString();
    }

    private GridPane sliderWithField(ParameterSpec spec, Label label) {
        boolean log = spec.isLogScale();
        boolean integer = spec.kind() == ParameterSpec.Kind.INTEGER;
        Slider slider = new Slider(toSlider(spec.min(), log), toSlider(spec.max(), log),
                toSlider(current(spec), log));
        slider.setId("param-" + spec.name() + "-slider");
        slider.setAccessibleText(spec.label());
        if (integer && !log && spec.max() - spec.min() <= 200) {
            slider.setMajorTickUnit(Math.max(1, (spec.max() - spec.min()) / 4));
            slider.setMinorTickCount(0);
            slider.setBlockIncrement(1);
            slider.setSnapToTicks(false);
        } else {
            slider.setBlockIncrement((slider.getMax() - slider.getMin()) / 50);
        }
        TextField field = new TextField(format(current(spec), integer));
        field.setId("param-" + spec.name() + "-field");
        field.setPrefColumnCount(6);
        boolean[] updating = {false};

        Runnable refresh = () -> {
            updating[0] = true;
            try {
                double v = current(spec);
                slider.setValue(toSlider(v, log));
                field.setText(format(v, integer));
                field.setStyle(spec.name().equals(refused) ? ERROR_STYLE : "");
            } finally {
                updating[0] = false;
            }
        };
        refreshers.put(spec.name(), refresh);

        slider.valueProperty().addListener((obs, old, pos) -> {
            if (updating[0]) {
                return;
            }
            double v = fromSlider(pos.doubleValue(), log);
            Object value = integer ? (Object) Math.round(v) : (Object) roundForDisplay(v, spec);
            if (!value.equals(settings.get().asMap().get(spec.name()))) {
                set(spec.name(), value);
            }
        });
        slider.valueChangingProperty().addListener((obs, was, is) -> adjusting.set(is));
        field.setOnAction(e -> set(spec.name(), field.getText()));
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is && !field.getText().equals(format(current(spec), integer))) {
                set(spec.name(), field.getText());
            }
        });
        inputs.put(spec.name(), field);
        clearWhenValid(spec, field);
        GridPane pair = new GridPane();
        pair.getChildren().addAll(slider, field);
        return pair;
    }

    private ComboBox<String> choice(ParameterSpec spec) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("param-" + spec.name());
        box.getItems().addAll(spec.choices());
        box.setValue(settings.get().text(spec.name()));
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((obs, old, v) -> {
            if (v != null && !v.equals(settings.get().text(spec.name()))) {
                set(spec.name(), v);
            }
        });
        refreshers.put(spec.name(), () -> box.setValue(settings.get().text(spec.name())));
        return box;
    }

    private TextField textField(ParameterSpec spec) {
        TextField field = new TextField(settings.get().text(spec.name()));
        field.setId("param-" + spec.name());
        field.setOnAction(e -> set(spec.name(), field.getText()));
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is && !field.getText().equals(settings.get().text(spec.name()))) {
                set(spec.name(), field.getText());
            }
        });
        refreshers.put(spec.name(), () -> {
            field.setText(settings.get().text(spec.name()));
            field.setStyle(spec.name().equals(refused) ? ERROR_STYLE : "");
        });
        inputs.put(spec.name(), field);
        clearWhenValid(spec, field);
        return field;
    }

    private double current(ParameterSpec spec) {
        return ((Number) settings.get().asMap().get(spec.name())).doubleValue();
    }

    private static double toSlider(double v, boolean log) {
        return log ? Math.log(v) : v;
    }

    private static double fromSlider(double p, boolean log) {
        return log ? Math.exp(p) : p;
    }

    /** Three significant digits are what a slider can aim at; the field takes any precision. */
    private static double roundForDisplay(double v, ParameterSpec spec) {
        double r = Double.parseDouble(String.format(Locale.ROOT, "%.3g", v));
        return Math.max(spec.min(), Math.min(spec.max(), r));
    }

    private static String format(double v, boolean integer) {
        if (integer) {
            return String.valueOf((long) v);
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains(".") && !s.contains("e")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
