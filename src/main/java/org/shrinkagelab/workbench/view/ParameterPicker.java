package org.shrinkagelab.workbench.view;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * A labelled list of a fit's parameter names. One picker drives every panel that listens to its
 * {@link #selectedParameterProperty()}, as ShinyStan's one parameter choice drives all its plots.
 */
public final class ParameterPicker extends HBox {
    private final ComboBox<String> box = new ComboBox<>();
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper(this, "selectedParameter");

    /** Creates an empty picker with the given label (e.g. "Parameter"). */
    public ParameterPicker(String label) {
        super(6);
        Label caption = new Label(label);
        caption.setLabelFor(box);
        box.setVisibleRowCount(15);
        box.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                selected.set(now);
            }
        });
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(caption, box);
    }

    /** The parameter picked, null before any parameters are set; read-only, changed through the list or {@link #select}. */
    public ReadOnlyStringProperty selectedParameterProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The parameter picked, or null. */
    public String selectedParameter() {
        return selected.get();
    }

    /** Offers these names; the pick stays if it is still among them, else {@code preferred} (or the first) is picked. */
    public void setParameters(List<String> names, String preferred) {
        String keep = selected.get();
        if (names.equals(box.getItems())) {
            return;
        }
        box.getItems().setAll(names);
        if (keep != null && names.contains(keep)) {
            box.getSelectionModel().select(keep);
        } else if (preferred != null && names.contains(preferred)) {
            box.getSelectionModel().select(preferred);
        } else if (!names.isEmpty()) {
            box.getSelectionModel().select(0);
        }
    }

    /** The names offered. */
    public List<String> parameters() {
        return List.copyOf(box.getItems());
    }

    /** Picks a parameter by name (as clicking a summary-table row would). */
    public void select(String name) {
        if (!box.getItems().contains(name)) {
            throw new IllegalArgumentException("no parameter '" + name + "'; have " + box.getItems());
        }
        box.getSelectionModel().select(name);
    }

    /** The list control, for tests and keyboard focus. */
    public ComboBox<String> comboBox() {
        return box;
    }
}
