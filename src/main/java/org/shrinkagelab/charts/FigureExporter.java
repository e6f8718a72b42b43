package org.shrinkagelab.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes charts as PNG (at a chosen size and scale) and SVG. Each file is written beside its
 * target and moved into place, so a failure (unwritable folder, full disk) leaves no partial file
 * and changes nothing else.
 */
public final class FigureExporter {
    /** Default figure width in points. */
    public static final int DEFAULT_WIDTH = 900;
    /** Default figure height in points. */
    public static final int DEFAULT_HEIGHT = 560;

    private FigureExporter() {
    }

    /** The file formats a figure can be saved in. */
    public enum Format {
        PNG, SVG;

        /** The file extension, with its dot. */
        public String extension() {
            return "." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** A figure drawn into memory, ready to be written to a file from any thread. */
    @FunctionalInterface
    public interface RenderedFigure {
        /** Writes the figure to the file, atomically. */
        void writeTo(Path file) throws FigureExportException;
    }

    /**
     * Draws the chart as a PNG image of (width x scale) by (height x scale) pixels. Call on the
     * thread that owns the chart (the FX thread in the app); the result can be written elsewhere.
     *
     * @param scale 1 to 4: how many pixels per point (2 gives a sharp figure on a printed page)
     */
    public static RenderedFigure renderPng(JFreeChart chart, int width, int height, double scale) {
        if (scale < 1 || scale > 4) {
            throw new IllegalArgumentException("scale must be from 1 to 4, was " + scale);
        }
        checkSize(width, height);
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return file -> writeAtomically(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    /** Draws the chart as an SVG document of the given size in points. */
    public static RenderedFigure renderSvg(JFreeChart chart, int width, int height) {
        checkSize(width, height);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        byte[] svg = g2.getSVGDocument().getBytes(StandardCharsets.UTF_8);
        return file -> writeAtomically(file, out -> out.write(svg));
    }

    /** Draws the chart in the given format (scale applies to PNG only). */
    public static RenderedFigure render(JFreeChart chart, Format format, int width, int height, double scale) {
        return format == Format.PNG ? renderPng(chart, width, height, scale) : renderSvg(chart, width, height);
    }

    /** Draws and writes the chart in the given format. */
    public static void write(JFreeChart chart, Path file, Format format, int width, int height, double scale)
            throws FigureExportException {
        render(chart, format, width, height, scale).writeTo(file);
    }

    /**
     * Writes each figure as {@code <name>.png} and, if asked, {@code <name>.svg} into the folder,
     * creating it if needed; returns the files written.
     */
    public static List<Path> writeAll(List<Figure> figures, Path folder, boolean svg, double scale)
            throws FigureExportException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw failure(folder, e);
        }
        List<Path> written = new ArrayList<>();
        for (Figure f : figures) {
            Path png = folder.resolve(f.name() + ".png");
            renderPng(f.chart(), DEFAULT_WIDTH, DEFAULT_HEIGHT, scale).writeTo(png);
            written.add(png);
            if (svg) {
                Path s = folder.resolve(f.name() + ".svg");
                renderSvg(f.chart(), DEFAULT_WIDTH, DEFAULT_HEIGHT).writeTo(s);
                written.add(s);
            }
        }
        return written;
    }

    private static void checkSize(int width, int height) {
        if (width < 50 || width > 10_000 || height < 50 || height > 10_000) {
            throw new IllegalArgumentException("figure size must be from 50 to 10000 points each way, was "
                    + width + " x " + height);
        }
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path file, Writer writer) throws FigureExportException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the original failure is what the user needs to see
                }
            }
            throw failure(target, e);
        }
    }

    private static FigureExportException failure(Path file, IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            reason = "the folder does not exist";
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            reason = fse.getReason();
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new FigureExportException("Cannot write " + file + ": " + reason, e);
    }
}
