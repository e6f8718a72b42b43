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
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Settings;

/**
 * A problem's settings as controls: a slider with an editable field for each number, a choice
 * box for each choice, a field for each text value. A refused typed value leaves the settings
 * as they were and says why below the controls.
 */
public final class ParameterPanel extends GridPane {
    private final ReadOnlyObjectWrapper<Settings> settings;
    private final ReadOnlyBooleanWrapper adjusting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Map<String, Runnable> refreshers = new LinkedHashMap<>();
    private final Label messageLabel = new Label();
    private int row;

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
        messageLabel.setStyle("-fx-text-fill: #c00000;");
        messageLabel.setWrapText(true);
        messageLabel.textProperty().bind(message);
        // Directly below the last control: GridPane adds the vertical gap for every empty row too.
        add(messageLabel, 0, row, 3, 1);
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
            message.set("");
            settings.set(next);
            Runnable refresh = refreshers.get(name);
            if (refresh != null) {
                refresh.run();
            }
            return true;
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            Runnable refresh = refreshers.get(name);
            if (refresh != null) {
                refresh.run();
            }
            return false;
        }
    }

    private void add(ParameterSpec spec) {
        Label label = new Label(spec.label());
        label.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        label.setTooltip(new Tooltip("--" + spec.name() + ": " + spec.allowed()));
        Node control = switch (spec.kind()) {
            case REAL, INTEGER -> sliderWithField(spec, label);
            case CHOICE -> choice(spec);
            case TEXT -> textField(spec);
        };
        label.setLabelFor(control);
        add(label, 0, row);
        if (spec.kind() == ParameterSpec.Kind.REAL || spec.kind() == ParameterSpec.Kind.INTEGER) {
            GridPane pair = (GridPane) control;
            Node slider = pair.getChildren().get(0);
            Node field = pair.getChildren().get(1);
            pair.getChildren().clear();
            add(slider, 1, row);
            add(field, 2, row);
        } else {
            add(control, 1, row, 2, 1);
        }
        row++;
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
        field.setTooltip(new Tooltip(spec.allowed()));
        boolean[] updating = {false};

        Runnable refresh = () -> {
            updating[0] = true;
            try {
                double v = current(spec);
                slider.setValue(toSlider(v, log));
                field.setText(format(v, integer));
                field.setStyle(message.get().startsWith("--" + spec.name() + " ") ? "-fx-border-color: #c00000;" : "");
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
        field.setTooltip(new Tooltip(spec.allowed()));
        field.setOnAction(e -> set(spec.name(), field.getText()));
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is && !field.getText().equals(settings.get().text(spec.name()))) {
                set(spec.name(), field.getText());
            }
        });
        refreshers.put(spec.name(), () -> {
            field.setText(settings.get().text(spec.name()));
            field.setStyle(message.get().startsWith("--" + spec.name() + " ") ? "-fx-border-color: #c00000;" : "");
        });
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
