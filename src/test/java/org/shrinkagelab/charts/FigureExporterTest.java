package org.shrinkagelab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureExporterTest {

    private static Figure figure() {
        LineFigure f = new LineFigure("Density of tau", "tau", "density");
        f.setLine(0, "p(tau | y)", new double[] {0, 1, 2, 3}, new double[] {0, 0.4, 0.3, 0.1});
        return new Figure("test-tau", f.chart());
    }

    @Test
    void pngHasTheRequestedPixelSizeAtEachScale(@TempDir Path dir) throws Exception {
        for (int scale = 1; scale <= 4; scale++) {
            Path file = dir.resolve("tau-" + scale + ".png");
            FigureExporter.write(figure().chart(), file, FigureExporter.Format.PNG, 300, 200, scale);
            BufferedImage img = ImageIO.read(file.toFile());
            assertEquals(300 * scale, img.getWidth());
            assertEquals(200 * scale, img.getHeight());
        }
    }

    @Test
    void svgIsAWellFormedDocumentWithTheTitle(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tau.svg");
        FigureExporter.write(figure().chart(), file, FigureExporter.Format.SVG, 400, 300, 1);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = factory.newDocumentBuilder().parse(file.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertTrue(Files.readString(file).contains("Density of tau"));
    }

    @Test
    void anUnwritableFolderGivesAClearMessageAndLeavesNothing(@TempDir Path dir) throws Exception {
        Path locked = dir.resolve("locked");
        Files.createDirectory(locked);
        Files.setPosixFilePermissions(locked, Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE));
        try {
            Path target = locked.resolve("tau.png");
            boolean root = Files.isWritable(locked);
            if (root) {
                // Running as root: permission bits do not stop us, so use a path whose parent is a file.
                Path file = dir.resolve("plain-file");
                Files.writeString(file, "x");
                target = file.resolve("tau.png");
            }
            Path finalTarget = target;
            FigureExportException e = assertThrows(FigureExportException.class,
                    () -> FigureExporter.write(figure().chart(), finalTarget, FigureExporter.Format.PNG, 300, 200, 1));
            assertTrue(e.getMessage().startsWith("Cannot write " + finalTarget.toAbsolutePath()), e.getMessage());
            try (Stream<Path> left = Files.list(locked)) {
                assertEquals(0, left.count(), "no partial file left behind");
            }
        } finally {
            Files.setPosixFilePermissions(locked, Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                    java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE));
        }
    }

    @Test
    void exportedFilesGetTheModeOfAPlainNewFileNotAPrivateOne(@TempDir Path dir) throws Exception {
        Path reference = Files.createFile(dir.resolve("reference"));
        var expected = Files.getPosixFilePermissions(reference);
        for (FigureExporter.Format format : FigureExporter.Format.values()) {
            Path file = dir.resolve("tau" + format.extension());
            FigureExporter.write(figure().chart(), file, format, 300, 200, 1);
            assertEquals(expected, Files.getPosixFilePermissions(file), format + " file mode");
        }
    }

    @Test
    void aReplacedFileKeepsItsMode(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tau.png");
        Files.writeString(file, "old");
        var mode = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, mode);
        FigureExporter.write(figure().chart(), file, FigureExporter.Format.PNG, 300, 200, 1);
        assertEquals(mode, Files.getPosixFilePermissions(file));
    }

    @Test
    void aPngCarriesItsResolutionSoA2xFigurePrintsAt144Dpi(@TempDir Path dir) throws Exception {
        for (double scale : new double[] {1, 2, 4}) {
            Path file = dir.resolve("tau-" + scale + ".png");
            FigureExporter.write(figure().chart(), file, FigureExporter.Format.PNG, 300, 200, scale);
            try (var in = javax.imageio.ImageIO.createImageInputStream(file.toFile())) {
                var reader = javax.imageio.ImageIO.getImageReadersByFormatName("png").next();
                reader.setInput(in);
                var tree = (org.w3c.dom.Element) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
                var phys = (org.w3c.dom.Element) tree.getElementsByTagName("pHYs").item(0);
                assertTrue(phys != null, "no pHYs chunk at scale " + scale);
                assertEquals("meter", phys.getAttribute("unitSpecifier"));
                double dpi = Double.parseDouble(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254;
                assertEquals(72 * scale, dpi, 0.05, "dpi at scale " + scale);
                assertEquals(300 * scale, reader.getWidth(0), 0.5);
            }
        }
    }

    @Test
    void aScaleThatIsNotANumberIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> FigureExporter.renderPng(figure().chart(), 300, 200, Double.NaN));
    }

    @Test
    void writeAllNamesFilesAfterTheFigures(@TempDir Path dir) throws Exception {
        List<Path> written = FigureExporter.writeAll(List.of(figure()), dir.resolve("out"), true, 1);
        assertEquals(List.of(dir.resolve("out/test-tau.png"), dir.resolve("out/test-tau.svg")), written);
        assertTrue(Files.size(written.get(0)) > 1000);
    }

    @Test
    void scaleAndSizeOutsideTheirRangesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> FigureExporter.renderPng(figure().chart(), 300, 200, 5));
        assertThrows(IllegalArgumentException.class, () -> FigureExporter.renderPng(figure().chart(), 10, 200, 1));
    }
}
