package org.shrinkagelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shrinkagelab.engine.SamplerService;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.app.TabCatalog;
import org.shrinkagelab.ui.ChartPane;
import org.shrinkagelab.ui.ProblemTab;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainWindow window;
    static {
        // Every tab's first fit runs on the FX thread here (synchronous service), Five Districts' 4 x 2000 iterations
        // among them: allow for a loaded machine.
        System.setProperty("testfx.setup.timeout", "300000");
    }

    private SamplerService service;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        service = SamplerService.synchronous();
        Preferences prefs = Preferences.userRoot().node("org/shrinkagelab/test/main-window");
        window = new MainWindow(stage, service, prefs, false, Runnable::run);
        stage.setWidth(1300);
        stage.setHeight(850);
        stage.show();
    }

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void theWindowHasATitleMenusAndOneTabPerProblem(FxRobot robot) {
        assertEquals("Shrinkage Lab", stage.getTitle());
        List<String> tabIds = window.tabPane().getTabs().stream().map(t -> t.getId()).collect(Collectors.toList());
        List<String> problemIds = TabCatalog.problems().stream().map(p -> "tab-" + p.id()).collect(Collectors.toList());
        assertEquals(problemIds, tabIds, "one tab per problem, in catalog order");
        assertTrue(robot.lookup("File").tryQuery().isPresent());
    }

    @Test
    void onlyTheSelectedTabIsBuiltAndAnotherIsBuiltWhenFirstShown(FxRobot robot) {
        assertEquals(List.of(TabCatalog.problems().get(0).id()),
                window.tabs().stream().map(t -> t.problem().id()).toList(), "the window opens with one tab built");
        var hemophilia = window.tabPane().getTabs().stream().filter(t -> t.getId().equals("tab-hemophilia"))
                .findFirst().orElseThrow();
        assertTrue(hemophilia.getContent() instanceof javafx.scene.control.Label, "not built before it is shown");
        robot.interact(() -> window.tabPane().getSelectionModel().select(hemophilia));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, window.tabs().size());
        assertEquals("hemophilia", window.selectedProblemId());
        assertTrue(!(hemophilia.getContent() instanceof javafx.scene.control.Label), "built when first shown");
    }

    @Test
    void exportAllWritesEveryChartOfEveryTabAsPngAndSvgOpenedOrNot(FxRobot robot, @TempDir Path dir) throws Exception {
        // two cheap problems: hemophilia opened (its charts as shown), entropy never opened (drawn headless)
        List<TabCatalog.Entry> two = java.util.stream.Stream.of("hemophilia", "entropy")
                .map(id -> TabCatalog.entries().stream().filter(e -> e.problem().id().equals(id)).findFirst()
                        .orElseThrow()).toList();
        MainWindow[] small = new MainWindow[1];
        robot.interact(() -> {
            Stage other = new Stage();
            small[0] = new MainWindow(other, service, Preferences.userRoot().node("org/shrinkagelab/test/small"),
                    false, Runnable::run, false, two);
        });
        MainWindow window = small[0];
        assertEquals(1, window.tabs().size(), "entropy stays unopened");
        Path out = dir.resolve("figures");
        robot.interact(() -> window.exportAll(out));
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> expected = new java.util.TreeSet<>();
        for (ProblemTab t : window.tabs()) {
            for (ChartPane c : t.charts()) {
                expected.add(c.figure().name() + ".png");
                expected.add(c.figure().name() + ".svg");
            }
        }
        Problem entropy = TabCatalog.byId("entropy");
        for (var f : entropy.figures(entropy.defaults(), org.shrinkagelab.engine.JobContext.none())) {
            expected.add(f.name() + ".png");
            expected.add(f.name() + ".svg");
        }
        int charts = expected.size() / 2;
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(expected, files.map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(java.util.TreeSet::new)));
        }
        assertEquals("Exported " + charts + " figures to " + out, window.status().message());
    }

    @Test
    void exportIntoAnUnwritablePlaceSaysWhyAndWritesNothing(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("not-a-folder");
        Files.writeString(file, "x");
        robot.interact(() -> window.exportAll(file.resolve("sub")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.status().message().startsWith("Export all figures failed: "), window.status().message());
        assertEquals("x", Files.readString(file));
    }
}
