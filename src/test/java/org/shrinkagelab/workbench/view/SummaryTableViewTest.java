package org.shrinkagelab.workbench.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.workbench.DiagnosticHelp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SummaryTableViewTest {
    private SummaryTableView table;

    private static ParameterSummary row(String name, double essBulk, double rhat) {
        return new ParameterSummary(name, 4.4, 3.3, -1.1, 4.4, 10.2, 0.05, 0.04, essBulk, 900.0, rhat);
    }

    @Start
    void start(Stage stage) {
        table = new SummaryTableView();
        table.show(List.of(row("mu", 900, 1.00982), row("tau", 120, 1.0031), row("theta[3]", 900, 1.01003)), 4);
        stage.setScene(new Scene(new VBox(6, table, table.legendView()), 900, 400));
        stage.show();
    }

    @Test
    void aRedAndAGreenRhatNeverLookAlike(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1.00982", table.cellText(0, "r_hat"));
        assertEquals("1.01003", table.cellText(2, "r_hat"));
        assertEquals("", table.cellStyle(0, "r_hat"));
        assertTrue(table.cellStyle(2, "r_hat").contains("#f6b3b3"), table.cellStyle(2, "r_hat"));
        assertEquals("1.00310", table.cellText(1, "r_hat"), "one precision for the column");
        assertTrue(table.cellStyle(1, "ess_bulk").contains("#fbe1a6"), "120 of 4 chains is amber");
    }

    @Test
    void theLegendSaysWhatTheColoursMean(FxRobot robot) {
        List<String> texts = robot.lookup("#summary-legend").queryAs(javafx.scene.layout.Pane.class).getChildren()
                .stream().map(n -> ((Label) n).getText()).toList();
        assertEquals("r_hat above 1.01 or ESS below 100: do not trust this fit", texts.get(0));
        assertEquals("ESS below 100 per chain (400 here): run longer", texts.get(1));
        for (Node n : robot.lookup("#summary-legend").queryAs(javafx.scene.layout.Pane.class).getChildren()) {
            Label l = (Label) n;
            assertEquals(l.getText(), ((javafx.scene.text.Text) l.lookup(".text")).getText(), "legend cut off");
        }
    }

    @Test
    void clickingAHeaderOpensItsHelp(FxRobot robot) {
        Node header = robot.lookup(n -> n instanceof Label l && "r_hat".equals(l.getText()) && l.getTooltip() != null)
                .query();
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("r_hat: " + DiagnosticHelp.R_HAT.text(), table.shownHelp());
        assertTrue(table.shownHelp().contains("Red above 1.01"), table.shownHelp());
    }

    @Test
    void f1InACellOpensTheHelpOfItsColumn(FxRobot robot) {
        robot.interact(() -> {
            table.requestFocus();
            table.getFocusModel().focus(1, table.getColumns().get(8));
        });
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ess_bulk: " + DiagnosticHelp.ESS_BULK.text(), table.shownHelp());
    }

    @Test
    void ctrlCAndTheContextMenuCopyTheTableAsTabSeparatedText(FxRobot robot) throws Exception {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.clickOn(table.lookup(".table-row-cell"));
        robot.press(KeyCode.CONTROL).press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5,
                TimeUnit.SECONDS);
        assertEquals(table.tabSeparated(), copied);
        String[] lines = copied.split("\n");
        assertEquals(4, lines.length);
        assertEquals("theta[3]\t4.40\t3.30\t-1.10\t4.40\t10.20\t0.0500\t0.0400\t900\t900\t1.01003", lines[3]);

        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.interact(() -> {
            var item = table.getContextMenu().getItems().get(0);
            assertEquals("Copy table", item.getText());
            item.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(copied, WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString())
                .get(5, TimeUnit.SECONDS));
    }
}
