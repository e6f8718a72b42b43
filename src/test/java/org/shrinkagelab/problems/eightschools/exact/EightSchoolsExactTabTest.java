package org.shrinkagelab.problems.eightschools.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shrinkagelab.charts.FigureExporter;
import org.shrinkagelab.data.EightSchoolsData;
import org.shrinkagelab.engine.SamplerService;
import org.shrinkagelab.ui.ErrorReporter;
import org.shrinkagelab.ui.FigureSaver;
import org.shrinkagelab.ui.TabContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class EightSchoolsExactTabTest {
    private EightSchoolsExactTab tab;
    private final List<String> status = new ArrayList<>();

    @Start
    void start(Stage stage) {
        SamplerService service = SamplerService.synchronous();
        ErrorReporter errors = ErrorReporter.quiet(status::add);
        FigureSaver saver = new FigureSaver(Preferences.userRoot().node("shrinkagelab-tests/es-exact"), service,
                errors, status::add);
        tab = new EightSchoolsExactTab(new TabContext(service, saver, errors));
        stage.setScene(new Scene((javafx.scene.Parent) tab.content(), 1240, 760));
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private static HierarchicalNormalModel model(double mu0) {
        return new HierarchicalNormalModel(EightSchoolsData.bundled(), new NixPrior(mu0, 0.1, 0.1, 100));
    }

    @Test
    void showsTheCourseNumbersAtTheDefaults(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4.46", text(robot, "num-tau-mean-grid"));
        assertEquals("2.54", text(robot, "num-tau-sd-grid"));
        assertEquals("4.5821", text(robot, "num-tau-mean-exact"));
        assertEquals("2.8478", text(robot, "num-tau-sd-exact"));
        assertEquals("7.69 ± 4.07", text(robot, "num-pooled"));
        assertEquals("0.696", text(robot, "num-p"));
        assertTrue(text(robot, "num-verdict").contains("no evidence against complete pooling"));
        assertEquals(8, tab.table().getItems().size());
        EightSchoolsExactTab.SchoolRow a = tab.table().getItems().get(0);
        assertEquals("A", a.school());
        assertTrue(Math.abs(a.draws().mean() - a.exactMean()) < 4 * a.draws().mcseMean() + 0.05,
                "grid draws vs converged mean of school A");
        assertTrue(status.isEmpty(), status.toString());
    }

    @Test
    void movingTheTauMarkerUpdatesTheForestPlotInPlace(FxRobot robot) {
        var forest = tab.figures().forestFigure();
        var dataset = forest.dataset();
        double before = dataset.getXValue(0, 0);
        robot.interact(() -> tab.panel().set("tau", 10.0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dataset == tab.figures().forestFigure().dataset(), "the dataset is updated, not replaced");
        HierarchicalNormalModel m = model(0);
        HierarchicalNormalModel.AtTau2 at = m.atTau2(100);
        assertNotEquals(before, dataset.getXValue(0, 0));
        assertEquals(m.thetaMean(0, 100, at), dataset.getXValue(0, 0), 1e-12);
        assertEquals(m.thetaMean(0, 100, at) - EightSchoolsExactResult.Z90 * Math.sqrt(m.thetaVariance(0, 100, at)),
                dataset.getStartXValue(0, 0), 1e-12);
        assertTrue(forest.chart().getTitle().getText().contains("τ = 10"));
    }

    @Test
    void widerGridChangesTheGridNumbersButNotTheConvergedOnes(FxRobot robot) {
        var tau2Data = tab.figures().tau2Figure().dataset();
        robot.interact(() -> tab.panel().set("grid-max", 1000.0));
        WaitForAsyncUtils.waitForFxEvents();
        GridPosterior g = GridPosterior.compute(model(0), 0.1, 1000, 1000);
        assertEquals(String.format(Locale.ROOT, "%.2f", g.tauMean()), text(robot, "num-tau-mean-grid"));
        assertEquals("4.51", text(robot, "num-tau-mean-grid"));
        assertEquals("4.5821", text(robot, "num-tau-mean-exact"));
        assertEquals(1000, tau2Data.getSeries(0).getMaxX(), 1e-9);
    }

    @Test
    void theMu0SliderMovesWithTheKeyboardAndRedrawsTheMuCurves(FxRobot robot) {
        var muData = tab.figures().muFigure().dataset();
        double before = muData.getSeries(0).getMaxY();
        robot.clickOn("#param-mu0-slider");
        robot.type(KeyCode.RIGHT, 3);
        WaitForAsyncUtils.waitForFxEvents();
        double mu0 = tab.panel().getSettings().real("mu0");
        assertTrue(mu0 > 0, "mu0 moved to " + mu0);
        HierarchicalNormalModel.AtTau2 at = model(mu0).atTau2(1);
        assertNotEquals(before, muData.getSeries(0).getMaxY());
        assertEquals(1 / Math.sqrt(2 * Math.PI * at.variance()), muData.getSeries(0).getMaxY(), 1e-3);
    }

    @Test
    void clickingTheShrinkageChartMovesTheMarker(FxRobot robot) {
        robot.interact(() -> ((TabPane) robot.lookup("#eight-schools-exact-pages").query()).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        var viewer = tab.charts().stream().filter(c -> c.figure().name().endsWith("-shrinkage")).findFirst()
                .orElseThrow().viewer();
        Bounds b = viewer.localToScreen(viewer.getBoundsInLocal());
        robot.clickOn(b.getMinX() + b.getWidth() * 0.6, b.getMinY() + b.getHeight() * 0.5);
        WaitForAsyncUtils.waitForFxEvents();
        double tau = tab.panel().getSettings().real("tau");
        assertTrue(tau > 15 && tau < 35, "the marker moved to " + tau);
        assertTrue(tab.figures().forestFigure().chart().getTitle().getText().contains(
                String.format(Locale.ROOT, "%.3g", tau)));
    }

    @Test
    void aFigureOfTheTabSavesAsPngAndSvg(FxRobot robot, @TempDir Path dir) throws Exception {
        var chart = tab.charts().get(3).figure().chart();
        Path png = dir.resolve("shrinkage.png");
        Path svg = dir.resolve("shrinkage.svg");
        robot.interact(() -> {
            try {
                FigureExporter.write(chart, png, FigureExporter.Format.PNG, 600, 400, 2);
                FigureExporter.write(chart, svg, FigureExporter.Format.SVG, 600, 400, 1);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg"));
        assertTrue(text.contains("Shrinkage"));
    }

    @Test
    void loadsAUsersFileAndKeepsTheDataWhenAFileIsBad(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "school,effect,stderr\nA,1,2\nB,3,-4\n");
        robot.interact(() -> tab.loadData(bad));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status.stream().anyMatch(m -> m.contains("line 3, column 'stderr'")), status.toString());
        assertEquals(8, tab.table().getItems().size(), "a bad file changes nothing");

        Path good = dir.resolve("three.csv");
        Files.writeString(good, "school,effect,stderr\nNorth,10,5\nSouth,-2,4\nWest,25,8\n");
        robot.interact(() -> tab.loadData(good));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, tab.table().getItems().size());
        assertEquals("West", tab.table().getItems().get(2).school());
        assertEquals(3, tab.figures().forestFigure().dataset().getSeries(0).getItemCount());
        assertEquals(3, tab.figures().histogramFigure().panels());
        assertEquals(3, tab.figures().shrinkageFigure().lineCount());
        assertEquals("three.csv (3 schools)", text(robot, "eight-schools-exact-data"));
        HierarchicalNormalModel m = new HierarchicalNormalModel(new double[] {10, -2, 25}, new double[] {5, 4, 8},
                new NixPrior(0, 0.1, 0.1, 100));
        ExactPosterior e = ExactPosterior.compute(m);
        assertEquals(String.format(Locale.ROOT, "%.4f", e.tauMean()), text(robot, "num-tau-mean-exact"));
    }

    @Test
    void savesLoadsAndResetsItsSettingsAsTheCommandLineReadsThem(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> {
            tab.panel().set("kappa0", 2.5);
            tab.panel().set("seed", 77);
        });
        Path file = dir.resolve("s.json");
        robot.interact(() -> tab.settingsControls().save(file));
        com.google.gson.JsonObject saved = com.google.gson.JsonParser.parseString(Files.readString(file))
                .getAsJsonObject();
        assertEquals("eight-schools-exact", saved.get("problem").getAsString());
        assertEquals(2.5, saved.getAsJsonObject("settings").get("kappa0").getAsDouble());
        // the command line reads the same file into the same settings
        assertEquals(tab.panel().getSettings(), org.shrinkagelab.problems.SettingsFile.read(file)
                .applyTo(new EightSchoolsExactProblem()));

        robot.interact(() -> tab.settingsControls().reset());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new EightSchoolsExactProblem().defaults(), tab.panel().getSettings());
        assertEquals(String.format(Locale.ROOT, "%.4f", ExactPosterior.compute(model(0)).tauMean()),
                text(robot, "num-tau-mean-exact"));

        robot.interact(() -> tab.settingsControls().load(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2.5, tab.panel().getSettings().real("kappa0"));
        assertEquals(77L, tab.panel().getSettings().longValue("seed"));

        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"problem\": \"hemophilia\", \"settings\": {\"prior\": 0.3}}");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"problem\": \"eight-schools-exact\", \"settings\": {\"kappa0\": -1}}");
        var before = tab.panel().getSettings();
        robot.interact(() -> tab.settingsControls().load(other));
        assertTrue(tab.settingsControls().message().contains("for hemophilia"), tab.settingsControls().message());
        robot.interact(() -> tab.settingsControls().load(bad));
        assertTrue(tab.settingsControls().message().contains("kappa0"), tab.settingsControls().message());
        assertEquals(before, tab.panel().getSettings(), "a refused file changes nothing");
    }
}
