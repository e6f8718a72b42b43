package org.shrinkagelab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shrinkagelab.app.TabCatalog;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.charts.FigureExporter;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.workbench.SamplerOptions;
import org.shrinkagelab.workbench.WorkbenchProblem;

/**
 * Every model problem's exported figures include the workbench views', each written as a non-empty PNG:
 * {@link WorkbenchProblem#figures} is its own figures followed by {@link WorkbenchProblem#workbenchFigures}.
 */
class ExportWorkbenchFiguresTest {
    /** The workbench views' figures, by name after {@code <problem id>-}. */
    static final List<String> WORKBENCH = List.of("parameter-trace", "parameter-rank", "parameter-density",
            "parameter-autocorrelation", "pair", "energy", "ppc-intervals", "ppc-density", "dag", "pareto-k");

    @TempDir
    Path dir;

    @Test
    void everyModelProblemExportsTheWorkbenchViews() throws Exception {
        List<WorkbenchProblem> models = TabCatalog.problems().stream().filter(p -> p instanceof WorkbenchProblem)
                .map(p -> (WorkbenchProblem) p).toList();
        assertEquals(Set.of("eight-schools-mcmc", "five-districts", "dyson-spheres", "asteroids", "groups"),
                models.stream().map(Problem::id).collect(Collectors.toSet()));
        for (WorkbenchProblem p : models) {
            // short chains: the test is about which figures are drawn, not about their numbers; the problems'
            // own figures (unchanged, and slow to draw) are left to their tests and to the command test below
            // Dyson's NUTS trees run to the maximum depth before adaptation (minutes under load): static HMC
            // draws every view as well, energy included, at a fixed cost per iteration
            boolean deep = p.id().equals("dyson-spheres");
            Settings short_ = p.defaults().with(SamplerOptions.CHAINS, 2L)
                    .with(SamplerOptions.WARMUP, deep ? 20L : 100L).with(SamplerOptions.DRAWS, deep ? 20L : 100L)
                    .with(SamplerOptions.SAMPLER, deep ? "hmc" : p.defaults().text(SamplerOptions.SAMPLER));
            List<Figure> figures = p.workbenchFigures(short_, JobContext.none());
            List<String> names = figures.stream().map(Figure::name).toList();
            assertEquals(names.size(), Set.copyOf(names).size(), p.id() + ": names are unique " + names);
            for (String view : WORKBENCH) {
                assertTrue(names.contains(p.id() + "-" + view), p.id() + " lacks " + view + " in " + names);
            }
            Path out = dir.resolve(p.id());
            List<Path> written = FigureExporter.writeAll(figures, out, false, 1);
            assertEquals(figures.size(), written.size());
            written.forEach(ExportWorkbenchFiguresTest::assertNonEmptyPng);
        }
    }

    /** Eight Schools MCMC exports its own figures, then the workbench's, no name twice. */
    @Test
    void eightSchoolsExportsItsOwnFiguresAndTheWorkbenchs() {
        WorkbenchProblem p = (WorkbenchProblem) TabCatalog.byId("eight-schools-mcmc");
        Settings short_ = p.defaults().with(SamplerOptions.CHAINS, 2L).with(SamplerOptions.WARMUP, 100L)
                .with(SamplerOptions.DRAWS, 100L);
        List<String> names = p.figures(short_, JobContext.none()).stream().map(Figure::name).toList();
        assertEquals(names.size(), Set.copyOf(names).size(), "names are unique " + names);
        assertTrue(names.containsAll(List.of("eight-schools-mcmc-forest", "eight-schools-mcmc-funnel",
                "eight-schools-mcmc-rank")), names.toString());
        for (String view : WORKBENCH) {
            assertTrue(names.contains("eight-schools-mcmc-" + view), view + " in " + names);
        }
    }

    /** groups has no figures of its own, so its export is exactly the workbench's, at the defaults. */
    @Test
    void theCommandWritesThemForGroups() throws IOException {
        CliRun run = CliRun.of("export-figures", "--out", dir.toString(), "--problem", "groups", "--no-svg",
                "--scale", "1");
        assertEquals(0, run.exit(), run.err());
        List<String> files = run.out().lines().map(l -> Path.of(l).getFileName().toString()).toList();
        for (String view : WORKBENCH) {
            assertTrue(files.contains("groups-" + view + ".png"), view + " in " + files);
        }
        try (var listing = Files.list(dir)) {
            List<Path> all = listing.toList();
            assertEquals(files.size(), all.size());
            all.forEach(ExportWorkbenchFiguresTest::assertNonEmptyPng);
        }
    }

    private static void assertNonEmptyPng(Path file) {
        try {
            assertTrue(file.getFileName().toString().endsWith(".png"), file.toString());
            byte[] head = new byte[8];
            try (var in = Files.newInputStream(file)) {
                assertEquals(8, in.read(head), file.toString());
            }
            assertEquals((byte) 0x89, head[0], file + " is a PNG");
            assertEquals('P', head[1], file + " is a PNG");
            BufferedImage image = ImageIO.read(file.toFile());
            assertNotNull(image, file + " decodes");
            assertTrue(image.getWidth() > 100 && image.getHeight() > 100, file.toString());
            assertFalse(uniform(image), file + " is not blank");
        } catch (IOException e) {
            throw new AssertionError(file + " unreadable", e);
        }
    }

    private static boolean uniform(BufferedImage image) {
        int first = image.getRGB(0, 0);
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                if (image.getRGB(x, y) != first) {
                    return false;
                }
            }
        }
        return true;
    }
}
