package org.shrinkagelab.workbench.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Popup;
import javafx.util.Duration;
import org.shrinkagelab.data.TabSeparated;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.ui.TableClipboard;
import org.shrinkagelab.workbench.DiagnosticHelp;
import org.shrinkagelab.workbench.DiagnosticThresholds.Rating;
import org.shrinkagelab.workbench.SummaryColumns;
import org.shrinkagelab.workbench.SummaryInterval;

/**
 * The posterior summary table (mean, sd, quantiles, MCSE, ESS, R-hat) with R-hat and ESS cells coloured
 * against the usual thresholds, a legend of the colours, each column's help on its header (tooltip; a click
 * or F1 opens it), and "Copy table" (context menu, Ctrl+C) as tab-separated text. The numbers are written
 * by {@link SummaryColumns}: one precision per column, enough to see why a cell is coloured.
 */
public final class SummaryTableView extends TableView<ParameterSummary> {
    private static final String BAD_STYLE = "-fx-background-color: #f6b3b3; -fx-text-fill: #700000;";
    private static final String WARNING_STYLE = "-fx-background-color: #fbe1a6; -fx-text-fill: #5a3b00;";
    /** Room around a header's text: the header's padding and the column's resize handle. */
    private static final double HEADER_PADDING = 20;

    private final Map<TableColumn<ParameterSummary, ?>, Label> headers = new LinkedHashMap<>();
    /** The help of each number column, by column; the interval columns' follows the chosen width. */
    private final Map<TableColumn<ParameterSummary, ?>, String> helps = new LinkedHashMap<>();
    private TableColumn<ParameterSummary, ?> lowerColumn;
    private TableColumn<ParameterSummary, ?> upperColumn;
    private final Popup helpPopup = new Popup();
    private final Label helpText = new Label();
    private final Label badLegend = new Label();
    private final Label warningLegend = new Label();
    private final FlowPane legend;
    private int chains = 4;
    private int[] decimals = SummaryColumns.decimals(List.of(), 4);

    /** Creates the empty table. */
    public SummaryTableView() {
        setId("summary-table");
        getColumns().add(nameColumn());
        for (int i = 0; i < SummaryColumns.COLUMNS.size(); i++) {
            add(i);
        }
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No draws yet"));
        helpText.setId("diagnostic-help");
        helpText.setWrapText(true);
        helpText.setMaxWidth(380);
        helpText.setStyle("-fx-background-color: #fffff0; -fx-border-color: #888; -fx-padding: 6 8 6 8;"
                + " -fx-font-size: 12px;");
        helpPopup.getContent().add(helpText);
        helpPopup.setAutoHide(true);
        helpPopup.setAutoFix(true);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F1) {
                @SuppressWarnings("unchecked") // TableView's focus model hands out a raw position
                TableColumn<ParameterSummary, ?> c = getFocusModel().getFocusedCell().getTableColumn();
                showHelp(c != null && headers.containsKey(c) ? c : getColumns().get(1));
                e.consume();
            }
        });
        TableClipboard.install(this, this::tabSeparated);
        legend = legend();
        showLegend();
    }

    /** Shows the rows, rating ESS against 100 per chain of the given number of chains. */
    public void show(List<ParameterSummary> rows, int chainCount) {
        this.chains = chainCount;
        decimals = SummaryColumns.decimals(rows, chainCount);
        showLegend();
        getItems().setAll(rows);
        refresh();
    }

    /**
     * Shows the rows with the interval columns at a chosen width: the rows' "5%" and "95%" slots hold the
     * interval's ends, and the headers and their help say which quantiles they are (e.g. "25%", "75%").
     */
    public void show(SummaryInterval interval, int chainCount) {
        setIntervalHeader(lowerColumn, interval.lowerHeader(), interval.lowerHelp());
        setIntervalHeader(upperColumn, interval.upperHeader(), interval.upperHelp());
        show(interval.rows(), chainCount);
    }

    private void setIntervalHeader(TableColumn<ParameterSummary, ?> c, String header, String help) {
        Label l = headers.get(c);
        l.setText(header);
        helps.put(c, help);
        l.getTooltip().setText(tooltipText(help));
        c.setMinWidth(headerWidth(header));
    }

    /** The headers as shown, the parameter's first. */
    public List<String> shownHeaders() {
        List<String> h = new java.util.ArrayList<>();
        h.add(SummaryColumns.PARAMETER);
        headers.values().forEach(l -> h.add(l.getText()));
        return h;
    }

    /** The legend of the cell colours, to be placed beside the table. */
    public Node legendView() {
        return legend;
    }

    /** The table as shown, as tab-separated text (what "Copy table" puts on the clipboard). */
    public String tabSeparated() {
        return TabSeparated.of(shownHeaders(), SummaryColumns.text(getItems(), chains));
    }

    /** Opens the help of the column with this header under it. */
    public void showHelp(String header) {
        headers.forEach((c, l) -> {
            if (l.getText().equals(header)) {
                showHelp(c);
            }
        });
    }

    /** The text of the help popup when it is showing, else null; for tests. */
    public String shownHelp() {
        return helpPopup.isShowing() ? helpText.getText() : null;
    }

    private void showHelp(TableColumn<ParameterSummary, ?> column) {
        Label header = headers.get(column);
        helpText.setText(header.getText() + ": " + helps.get(column));
        var b = header.localToScreen(header.getBoundsInLocal());
        if (b != null) {
            helpPopup.show(header, b.getMinX(), b.getMaxY() + 4);
        }
    }

    private TableColumn<ParameterSummary, String> nameColumn() {
        TableColumn<ParameterSummary, String> c = new TableColumn<>(SummaryColumns.PARAMETER);
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().name()));
        c.setSortable(false);
        c.setMinWidth(headerWidth(SummaryColumns.PARAMETER));
        c.setPrefWidth(90);
        return c;
    }

    private void add(int index) {
        SummaryColumns.Column column = SummaryColumns.COLUMNS.get(index);
        TableColumn<ParameterSummary, Double> c = new TableColumn<>();
        Label header = new Label(column.header());
        Tooltip tip = new Tooltip(tooltipText(column.help().text()));
        tip.setShowDelay(Duration.millis(300));
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        header.setTooltip(tip);
        header.setMinWidth(Region.USE_PREF_SIZE);
        header.setOnMouseClicked(e -> showHelp(c));
        c.setGraphic(header);
        c.setSortable(false);
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(column.value().apply(r.getValue())));
        c.setCellFactory(col -> new RatedCellView(index));
        c.setMinWidth(headerWidth(column.header()));
        c.setPrefWidth(Math.max(72, headerWidth(column.header())));
        headers.put(c, header);
        helps.put(c, column.help().text());
        if (column.help() == DiagnosticHelp.Q5) {
            lowerColumn = c;
        } else if (column.help() == DiagnosticHelp.Q95) {
            upperColumn = c;
        }
        getColumns().add(c);
    }

    private static String tooltipText(String help) {
        return help + "\n(Click the header, or press F1 in the column, to keep this open.)";
    }

    /** The width a header needs to show its text whole (measured in the bold header font, to be safe). */
    private static double headerWidth(String text) {
        Text t = new Text(text);
        t.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize() + 1));
        return Math.ceil(t.getLayoutBounds().getWidth()) + HEADER_PADDING;
    }

    /** The legend flows onto a second line rather than cut its words off in a narrow window. */
    private FlowPane legend() {
        badLegend.setStyle(BAD_STYLE + " -fx-padding: 1 6 1 6;");
        warningLegend.setStyle(WARNING_STYLE + " -fx-padding: 1 6 1 6;");
        Label hint = new Label("Hover or click a header for its help; right-click or Ctrl+C copies the table.");
        hint.setStyle("-fx-font-size: 11px; -fx-text-fill: #555;");
        for (Label l : List.of(badLegend, warningLegend, hint)) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane box = new FlowPane(8, 3, badLegend, warningLegend, hint);
        box.setId("summary-legend");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void showLegend() {
        badLegend.setText(SummaryColumns.legend(Rating.BAD, chains));
        warningLegend.setText(SummaryColumns.legend(Rating.WARNING, chains));
    }

    private String ratingNote(Rating rating) {
        return switch (rating) {
            case BAD -> " This value fails the threshold.";
            case WARNING -> " Below 100 per chain (" + (100 * chains) + " here).";
            default -> "";
        };
    }

    /** The style of the cell of a row (0-based) and a column header, for tests; empty when uncoloured. */
    public String cellStyle(int row, String title) {
        TableCell<?, ?> cell = cell(row, title);
        return cell == null ? null : cell.getStyle();
    }

    /** The text of the cell of a row (0-based) and a column header as shown, for tests. */
    public String cellText(int row, String title) {
        TableCell<?, ?> cell = cell(row, title);
        return cell == null ? null : cell.getText();
    }

    private TableCell<?, ?> cell(int row, String title) {
        for (var node : lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> tc && tc.getIndex() == row && tc.getTableColumn() != null
                    && tc.getTableColumn().getGraphic() instanceof Label l && l.getText().equals(title)) {
                return tc;
            }
        }
        return null;
    }

    /** A number cell coloured by its rating against the column's threshold, explained in its tooltip. */
    private final class RatedCellView extends TableCell<ParameterSummary, Double> {
        private final SummaryColumns.Column column;
        private final int index;

        RatedCellView(int index) {
            this.index = index;
            this.column = SummaryColumns.COLUMNS.get(index);
        }

        @Override
        protected void updateItem(Double v, boolean empty) {
            super.updateItem(v, empty);
            setTooltip(null);
            setStyle("");
            if (empty || v == null) {
                setText(empty ? null : "");
                return;
            }
            setText(SummaryColumns.format(v, decimals[index]));
            Rating rating = column.rate(v, chains);
            switch (rating) {
                case BAD -> setStyle(BAD_STYLE);
                case WARNING -> setStyle(WARNING_STYLE);
                default -> { }
            }
            Tooltip cellTip = new Tooltip(column.help().meaning() + ratingNote(rating));
            cellTip.setWrapText(true);
            cellTip.setMaxWidth(360);
            cellTip.setShowDelay(Duration.millis(300));
            setTooltip(cellTip);
        }
    }
}
