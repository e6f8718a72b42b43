package org.shrinkagelab.ui;

import java.util.prefs.Preferences;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.shrinkagelab.engine.SamplerService;

/** What a headless tab test needs: a quiet context on a given service, and a stage showing one tab. */
public final class HeadlessTabs {
    private HeadlessTabs() {
    }

    /** A context on {@code service} whose errors and saver messages go nowhere and whose preferences are the tests' own. */
    public static TabContext quietContext(SamplerService service) {
        ErrorReporter errors = ErrorReporter.quiet(m -> { });
        return new TabContext(service, new FigureSaver(Preferences.userRoot().node("shrinkage-lab-test"), service,
                errors, m -> { }), errors);
    }

    /** A quiet context on a synchronous service, so each computation finishes before the call that started it returns. */
    public static TabContext quietContext() {
        return quietContext(SamplerService.synchronous());
    }

    /** Shows {@code tab}'s content alone in {@code stage} at {@code width} by {@code height}. */
    public static <T extends ProblemTab> T show(Stage stage, T tab, double width, double height) {
        stage.setScene(new Scene((Parent) tab.content(), width, height));
        stage.show();
        return tab;
    }
}
