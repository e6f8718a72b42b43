package org.shrinkagelab.workbench.view;

import org.shrinkagelab.workbench.DiagnosticThresholds;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.shrinkagelab.engine.diag.ParameterSummary;

/**
 * The posterior summary table (mean, sd, quantiles, MCSE, ESS, R-hat) with R-hat and ESS cells
 * coloured against the usual thresholds and a one-line explanation of each column on hover.
 */
public final class SummaryTableView extends TableView<ParameterSummary> {
    private int chains = 4;

    /** Creates the empty table. */
    public SummaryTableView() {
        setId("summary-table");
        getColumns().add(nameColumn());
        add("mean", ParameterSummary::mean, false, false);
        add("sd", ParameterSummary::sd, false, false);
        add("5%", ParameterSummary::q5, false, false);
        add("50%", ParameterSummary::q50, false, false);
        add("95%", ParameterSummary::q95, false, false);
        add("mcse_mean", ParameterSummary::mcseMean, false, false);
        add("mcse_sd", ParameterSummary::mcseSd, false, false);
        add("ess_bulk", ParameterSummary::essBulk, true, false);
        add("ess_tail", ParameterSummary::essTail, true, false);
        add("r_hat", ParameterSummary::rHat, false, true);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No draws yet"));
    }

    /** Shows the rows, rating ESS against 100 per chain of the given number of chains. */
    public void show(List<ParameterSummary> rows, int chainCount) {
        this.chains = chainCount;
        getItems().setAll(rows);
        refresh();
    }

    private TableColumn<ParameterSummary, String> nameColumn() {
        TableColumn<ParameterSummary, String> c = new TableColumn<>("parameter");
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().name()));
        c.setSortable(false);
        c.setPrefWidth(80);
        return c;
    }

    private void add(String title, Function<ParameterSummary, Double> value, boolean ess, boolean rhat) {
        TableColumn<ParameterSummary, Double> c = new TableColumn<>();
        Label header = new Label(title);
        Tooltip tip = new Tooltip(DiagnosticThresholds.explain(title));
        tip.setShowDelay(Duration.millis(300));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        header.setTooltip(tip);
        c.setGraphic(header);
        c.setSortable(false);
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(value.apply(r.getValue())));
        c.setCellFactory(col -> new RatedCellView(title, ess, rhat));
        c.setPrefWidth(70);
        getColumns().add(c);
    }

    private String ratingNote(DiagnosticThresholds.Rating rating) {
        return switch (rating) {
            case BAD -> " This value fails the threshold.";
            case WARNING -> " Below 100 per chain (" + (100 * chains) + " here).";
            default -> "";
        };
    }

    private static String format(double v, boolean integer) {
        if (!Double.isFinite(v)) {
            return "NA";
        }
        if (integer) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 100 ? "%.1f" : a >= 1 ? "%.3f" : "%.4f", v);
    }

    /** The style of the cell of a row (0-based) and a column title, for tests; empty when uncoloured. */
    public String cellStyle(int row, String title) {
        for (var cell : lookupAll(".table-cell")) {
            if (cell instanceof TableCell<?, ?> tc && tc.getIndex() == row && tc.getTableColumn() != null
                    && tc.getTableColumn().getGraphic() instanceof Label l && l.getText().equals(title)) {
                return tc.getStyle();
            }
        }
        return null;
    }

    /** A number cell coloured by its rating against the column's threshold, explained in its tooltip. */
    private final class RatedCellView extends TableCell<ParameterSummary, Double> {
        private final String title;
        private final boolean ess;
        private final boolean rhat;

        RatedCellView(String title, boolean ess, boolean rhat) {
            this.title = title;
            this.ess = ess;
            this.rhat = rhat;
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
            setText(format(v, ess));
            DiagnosticThresholds.Rating rating = rhat ? DiagnosticThresholds.rHat(v)
                    : ess ? DiagnosticThresholds.ess(v, chains) : DiagnosticThresholds.Rating.NOT_APPLICABLE;
            switch (rating) {
                case BAD -> setStyle("-fx-background-color: #f6b3b3; -fx-text-fill: #700000;");
                case WARNING -> setStyle("-fx-background-color: #fbe1a6; -fx-text-fill: #5a3b00;");
                default -> { }
            }
            Tooltip cellTip = new Tooltip(DiagnosticThresholds.explain(title) + ratingNote(rating));
            cellTip.setWrapText(true);
            cellTip.setMaxWidth(360);
            cellTip.setShowDelay(Duration.millis(300));
            setTooltip(cellTip);
        }
    }
}
