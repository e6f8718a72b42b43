package org.shrinkagelab.workbench.view;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.shrinkagelab.engine.diag.LooComparison;
import org.shrinkagelab.ui.TableClipboard;

/**
 * The rows of a PSIS-LOO model comparison as a table, in the columns and order of loo_compare, with ArviZ
 * compare's weight and warning (some Pareto k above the threshold); copies as TSV.
 */
public final class LooComparisonTable extends TableView<LooComparison.Row> {
    /** An empty table that shows {@code placeholder} until rows are set. */
    public LooComparisonTable(String placeholder) {
        setPlaceholder(new Label(placeholder));
        getColumns().add(column("model", LooComparison.Row::model));
        getColumns().add(column("rank", r -> Integer.toString(r.rank())));
        getColumns().add(column("elpd_loo", r -> num(r.elpdLoo())));
        getColumns().add(column("se", r -> num(r.seElpdLoo())));
        getColumns().add(column("p_loo", r -> num(r.pLoo())));
        getColumns().add(column("elpd_diff", r -> num(r.elpdDiff())));
        getColumns().add(column("se_diff", r -> num(r.seDiff())));
        getColumns().add(column("weight", r -> num(r.weight())));
        // ArviZ compare's name for it: "Pareto k warning" was cut to "Pareto k w..." at the tab's width
        getColumns().add(column("warning", r -> r.warning() ? "yes" : ""));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableClipboard.install(this);
    }

    /** Shows the comparison's rows, best first. */
    public void show(List<LooComparison.Row> rows) {
        getItems().setAll(rows);
    }

    private static TableColumn<LooComparison.Row, String> column(String title,
            Function<LooComparison.Row, String> value) {
        TableColumn<LooComparison.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(value.apply(r.getValue())));
        c.setSortable(false);
        return c;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
