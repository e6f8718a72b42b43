package org.shrinkagelab.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.shrinkagelab.stats.PointInterval;

/**
 * The point estimate (mean or median) and interval width (50% to 99%) of a tab's forest plots: a view
 * option, so changing it redraws the figures from the fit shown and reruns nothing.
 */
public final class PointIntervalChooser extends HBox {
    /** The widths offered, in percent. */
    public static final List<Integer> WIDTHS = List.of(50, 60, 70, 80, 90, 95, 99);

    private final ComboBox<String> estimate = new ComboBox<>();
    private final ComboBox<Integer> width = new ComboBox<>();
    private final ReadOnlyObjectWrapper<PointInterval> choice = new ReadOnlyObjectWrapper<>(PointInterval.DEFAULT);

    /** A chooser whose controls' ids start with {@code idPrefix}, showing the default (mean, 90%). */
    public PointIntervalChooser(String idPrefix) {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        for (PointInterval.Estimate e : PointInterval.Estimate.values()) {
            estimate.getItems().add(e.word());
        }
        estimate.setValue(PointInterval.DEFAULT.estimate().word());
        estimate.setId(idPrefix + "-point-estimate");
        width.getItems().setAll(WIDTHS);
        width.setValue((int) Math.round(PointInterval.DEFAULT.level() * 100));
        width.setId(idPrefix + "-interval-width");
        String tip = "How the forest plots sum up each posterior: the point and the central interval "
                + "of that probability (quantiles of the draws, or mean ± z sd for a normal). Redraws, reruns nothing.";
        LazyTooltips.install(estimate, tip);
        LazyTooltips.install(width, tip);
        estimate.valueProperty().addListener((obs, old, v) -> update());
        width.valueProperty().addListener((obs, old, v) -> update());
        getChildren().addAll(new Label("forest: point"), estimate, new Label("interval %"), width);
    }

    private void update() {
        if (estimate.getValue() == null || width.getValue() == null) {
            return;
        }
        choice.set(new PointInterval(width.getValue() / 100.0,
                PointInterval.Estimate.valueOf(estimate.getValue().toUpperCase(java.util.Locale.ROOT))));
    }

    /** The choice in force. */
    public ReadOnlyObjectProperty<PointInterval> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** Sets the choice (as if picked). */
    public void set(PointInterval.Estimate point, int percent) {
        estimate.setValue(point.word());
        width.setValue(percent);
    }
}
