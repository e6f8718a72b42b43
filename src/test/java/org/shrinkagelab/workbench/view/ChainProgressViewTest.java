package org.shrinkagelab.workbench.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.engine.Progress;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ChainProgressViewTest {
    private final ChainProgressView view = new ChainProgressView();

    @Start
    void start(Stage stage) {
        // As narrow as the run box of a model tab's left column.
        VBox box = new VBox(view);
        box.setPrefWidth(330);
        stage.setScene(new Scene(box, 330, 300));
        stage.show();
    }

    @Test
    void aLongChainLineIsShownWholeNotCutToAnEllipsis(FxRobot robot) {
        String message = "sampling 100000/100000, 104 divergent (warmup: 1234)";
        robot.interact(() -> {
            view.reset(4);
            for (int c = 0; c < 4; c++) {
                view.show(new Progress(c, 1, message));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (int c = 1; c <= 4; c++) {
            Label label = robot.lookup("#chain-label-" + c).queryAs(Label.class);
            String shown = label.lookupAll(".text").stream().filter(Text.class::isInstance)
                    .map(n -> ((Text) n).getText()).reduce("", String::concat);
            assertEquals("chain " + c + ": " + message, shown.replace("\n", " ").trim(),
                    "chain " + c + " as drawn, " + label.getWidth() + " px wide");
        }
    }
}
