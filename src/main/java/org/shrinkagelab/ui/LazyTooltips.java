package org.shrinkagelab.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when first needed: when the mouse first enters the control or it first takes the focus. A
 * Tooltip is a popup window with its own styles; the settings panel and the charts made about a hundred of them
 * before the window's first paint, and most are never shown.
 */
public final class LazyTooltips {
    private static final String TEXT = LazyTooltips.class.getName() + ".text";
    private static final double MAX_WIDTH = 360;

    private LazyTooltips() {
    }

    /** Gives the control a tooltip with this fixed text, made on first hover or focus. */
    public static void install(Control control, String text) {
        install(control, new ReadOnlyStringWrapper(text), false);
    }

    /** Gives the control a wrapping tooltip (at most 360 px wide) that follows the text, made on first hover or focus. */
    public static void installWrapping(Control control, ObservableStringValue text) {
        install(control, text, true);
    }

    private static void install(Control control, ObservableStringValue text, boolean wrapping) {
        control.getProperties().put(TEXT, text);
        Runnable make = () -> {
            if (control.getTooltip() == null) {
                Tooltip tip = new Tooltip();
                if (wrapping) {
                    tip.setWrapText(true);
                    tip.setMaxWidth(MAX_WIDTH);
                }
                tip.textProperty().bind(text);
                control.setTooltip(tip);
            }
        };
        EventHandler<MouseEvent> onEnter = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
                make.run();
            }
        };
        control.addEventFilter(MouseEvent.MOUSE_ENTERED, onEnter);
        ChangeListener<Boolean> onFocus = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean is) {
                if (is) {
                    control.focusedProperty().removeListener(this);
                    make.run();
                }
            }
        };
        control.focusedProperty().addListener(onFocus);
    }

    /** The text of the control's tooltip, made or not yet (null when it has none). */
    public static String text(Control control) {
        if (control.getTooltip() != null) {
            return control.getTooltip().getText();
        }
        return control.getProperties().get(TEXT) instanceof ObservableStringValue text ? text.get() : null;
    }
}
