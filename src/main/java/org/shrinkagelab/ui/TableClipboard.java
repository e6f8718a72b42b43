package org.shrinkagelab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.shrinkagelab.data.TabSeparated;

/**
 * "Copy table" for a table: a context-menu item and Ctrl+C (Cmd+C on macOS) put the whole table on the
 * clipboard as tab-separated text, headers first, the numbers as shown.
 */
public final class TableClipboard {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private TableClipboard() {
    }

    /** Installs the copy on a table whose cells show their values' text (the columns' cell data). */
    public static void install(TableView<?> table) {
        install(table, () -> shownText(table));
    }

    /** Installs the copy on a table whose text is made by {@code tsv} (a table that formats its own cells). */
    public static void install(TableView<?> table, Supplier<String> tsv) {
        MenuItem copy = new MenuItem("Copy table");
        copy.setId("copy-table");
        copy.setOnAction(e -> copy(tsv.get()));
        table.setContextMenu(new ContextMenu(copy));
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copy(tsv.get());
                e.consume();
            }
        });
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The table as tab-separated text, each cell as its column's cell data in words. */
    static String shownText(TableView<?> table) {
        List<String> header = new ArrayList<>();
        for (TableColumn<?, ?> c : table.getColumns()) {
            header.add(c.getGraphic() instanceof Label l ? l.getText() : c.getText());
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.getItems().size(); r++) {
            List<String> row = new ArrayList<>();
            for (TableColumn<?, ?> c : table.getColumns()) {
                Object v = c.getCellData(r);
                row.add(v == null ? "" : v.toString());
            }
            rows.add(row);
        }
        return TabSeparated.of(header, rows);
    }
}
