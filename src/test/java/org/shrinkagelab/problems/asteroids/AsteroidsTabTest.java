package org.shrinkagelab.problems.asteroids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.engine.SamplerService;
import org.shrinkagelab.ui.ErrorReporter;
import org.shrinkagelab.ui.FigureSaver;
import org.shrinkagelab.ui.TabContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The asteroid tab driven as a user would: the first fit, the per-class slider, the mixture and the comparison. */
@ExtendWith(ApplicationExtension.class)
class AsteroidsTabTest {
    static {
        // The first fit samples 4 chains of 2000 iterations on the FX thread (synchronous service).
        System.setProperty("testfx.setup.timeout", "300000");
    }

    private final List<String> errors = new ArrayList<>();
    private AsteroidsTab tab;

    @Start
    void start(Stage stage) {
        ErrorReporter reporter = ErrorReporter.quiet(errors::add);
        SamplerService service = SamplerService.synchronous();
        TabContext context = new TabContext(service, new FigureSaver(
                Preferences.userRoot().node("shrinkage-lab-test"), service, reporter, s -> { }), reporter);
        tab = new AsteroidsTab(new AsteroidsProblem(), context);
        stage.setScene(new Scene((Parent) tab.content(), 1300, 800));
        stage.show();
    }

    @AfterEach
    void noErrors() {
        assertEquals(List.of(), errors);
    }

    /** The first fit, at the defaults: the hierarchy, its shrinkage labels and the bimodality note. */
    private void opensWithTheHierarchyItsShrinkageAndTheBimodalityNote(FxRobot robot) {
        AsteroidsAnalysis a = tab.lastAnalysis();
        assertEquals(AsteroidsModel.Kind.HIERARCHICAL, a.model().kind());
        assertEquals(9, tab.figures().shrinkage().pointData().getSeries(0).getItemCount());
        List<String> labels = tab.figures().shrinkage().plot().getAnnotations().stream()
                .filter(XYTextAnnotation.class::isInstance).map(t -> ((XYTextAnnotation) t).getText()).sorted()
                .toList();
        assertEquals(List.of("AMO (n=2)", "AST (n=1)", "IMB (n=1)"), labels);
        String note = robot.lookup("#asteroids-ppc-note").queryAs(Label.class).getText();
        assertTrue(note.contains("bimodal") && note.contains("mixture"), note);
        assertTrue(robot.lookup("#asteroids-try-mixture").query().isVisible());
        assertEquals("observed (n=50)", tab.figures().ppc("MBA").histograms().getSeriesKey(0));
    }

    /** One test, as each start costs a full fit: the first fit, the slider, the offered mixture, the comparison. */
    @Test
    void theSliderRefitsTheMixtureIsOfferedAndTheComparisonRanksFourModels(FxRobot robot) {
        opensWithTheHierarchyItsShrinkageAndTheBimodalityNote(robot);
        // shorter chains for the five fits to come (one refit here)
        robot.interact(() -> tab.panel().setAll(tab.settings().with("warmup", 300L).with("draws", 300L)));
        double before = tab.lastAnalysis().summary("mu_class[MBA]").mean();
        robot.interact(() -> tab.setPerClass(5));
        AsteroidsAnalysis a = tab.lastAnalysis();
        assertEquals(5 * 5 + 4 + 2 + 1 + 1, a.data().size());
        assertEquals("5", robot.lookup("#asteroids-per-class-value").queryAs(Label.class).getText());
        assertNotEquals(before, a.summary("mu_class[MBA]").mean());
        assertEquals("observed (n=5)", tab.figures().ppc("MBA").histograms().getSeriesKey(0));
        assertEquals(5L, tab.settings().integer(AsteroidsSettings.PER_CLASS));

        robot.interact(() -> robot.lookup("#asteroids-try-mixture").queryButton().fire());
        a = tab.lastAnalysis();
        assertEquals(AsteroidsModel.Kind.MIXTURE, a.model().kind());
        assertEquals(5 * 5 + 4 + 2 + 1 + 1, a.data().size());
        assertEquals("mixture", tab.settings().text(AsteroidsSettings.MODEL));
        assertEquals(AsteroidsFigures.MIXTURE_NOTE, robot.lookup("#asteroids-ppc-note").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#asteroids-try-mixture").query().isVisible());
        // no tau in the mixture: the picker opens on its first reported parameter, not a hidden coordinate
        assertEquals("mu_dark", robot.lookup("#trace-parameter").queryAs(ComboBox.class).getValue());

        robot.interact(() -> robot.lookup("#asteroids-compare").queryButton().fire());
        assertEquals(4, tab.looTable().getItems().size());
        assertEquals(3, tab.figures().forest().dataset().getSeriesCount(), "pooled, independent, hierarchical");
        assertEquals(9, tab.figures().forest().dataset().getSeries(2).getItemCount());
    }
}
