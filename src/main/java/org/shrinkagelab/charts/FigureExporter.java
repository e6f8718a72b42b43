package org.shrinkagelab.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.shrinkagelab.data.AtomicFiles;

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
        if (!(scale >= 1 && scale <= 4)) {
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
        return file -> writeAtomically(file, out -> writePng(image, scale, out));
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

    private static void writeAtomically(Path file, AtomicFiles.Content content) throws FigureExportException {
        try {
            AtomicFiles.write(file, content);
        } catch (IOException e) {
            throw new FigureExportException("Cannot write " + file.toAbsolutePath() + ": "
                    + AtomicFiles.reason(e.getCause() instanceof IOException io ? io : e), e);
        }
    }

    private static FigureExportException failure(Path file, IOException e) {
        return new FigureExportException("Cannot write " + file + ": " + AtomicFiles.reason(e), e);
    }

    /**
     * Writes the image as PNG with its resolution in a pHYs chunk (72 dpi times the scale), so that
     * a word processor places a 2x figure at the size it was drawn, not twice as large.
     */
    private static void writePng(BufferedImage image, double scale, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            String format = "javax_imageio_png_1.0";
            IIOMetadataNode root = new IIOMetadataNode(format);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String pixelsPerMetre = Long.toString(Math.round(dpi(scale) / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
            phys.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
            phys.setAttribute("unitSpecifier", "meter");
            root.appendChild(phys);
            metadata.mergeTree(format, root);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /** The resolution a PNG drawn at this scale is written with: 72 dpi per point of scale. */
    public static double dpi(double scale) {
        return 72 * scale;
    }
}
