package org.shrinkagelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.engine.SamplerService;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.ui.ErrorReporter;
import org.shrinkagelab.ui.FigureSaver;
import org.shrinkagelab.ui.ProblemTab;
import org.shrinkagelab.ui.TabContext;
import org.shrinkagelab.workbench.WorkbenchProblem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Every tab has Reset to defaults, Save settings… and Load settings…, a Run button, New seed where the problem
 * has a seed, and an Auto-run toggle where it samples by MCMC (a workbench problem).
 */
@ExtendWith(ApplicationExtension.class)
class EveryTabSettingsRowTest {

    @Test
    void everyTabHasItsRunAndSettingsRow(FxRobot robot) {
        // The tabs' first computations are submitted to a service whose callbacks go nowhere and which is
        // closed at once: only the controls are looked at here.
        SamplerService service = SamplerService.threaded(r -> { });
        ErrorReporter errors = ErrorReporter.quiet(s -> { });
        TabContext context = new TabContext(service, new FigureSaver(
                Preferences.userRoot().node("shrinkage-lab-test"), service, errors, s -> { }), errors);
        List<String> missing = new ArrayList<>();
        try {
            for (TabCatalog.Entry entry : TabCatalog.entries()) {
                Problem p = entry.problem();
                ProblemTab[] tab = new ProblemTab[1];
                robot.interact(() -> {
                    tab[0] = entry.tab().create(p, context);
                    // a scroll pane's content joins the scene graph with its skin: lay the tab out in a scene
                    new javafx.scene.Scene(new javafx.scene.layout.StackPane(tab[0].content()), 1200, 800);
                    ((Parent) tab[0].content()).applyCss();
                    ((Parent) tab[0].content()).layout();
                });
                Parent root = (Parent) tab[0].content();
                List<String> wanted = new ArrayList<>(List.of("-reset", "-save-settings", "-load-settings"));
                boolean seeded = p.defaults().asMap().containsKey("seed");
                if (seeded || p instanceof WorkbenchProblem) {
                    wanted.add("-run");
                }
                if (seeded) {
                    wanted.add("-new-seed");
                }
                if (p instanceof WorkbenchProblem) {
                    wanted.add("-auto-run");
                }
                for (String suffix : wanted) {
                    Node n = root.lookup("#" + p.id() + suffix);
                    if (n == null) {
                        missing.add(p.id() + suffix);
                    }
                }
                service.cancelAll();
            }
        } finally {
            service.close();
        }
        assertEquals(List.of(), missing, "controls missing");
        assertTrue(TabCatalog.entries().size() >= 10);
    }
}
