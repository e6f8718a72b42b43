package org.shrinkagelab.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.charts.FigureExporter;
import org.shrinkagelab.charts.FigureExporter.Format;
import org.shrinkagelab.charts.FigureExporter.RenderedFigure;
import org.shrinkagelab.engine.SamplerService;

/**
 * Saves one chart as PNG or SVG: asks where (starting in the last folder used) and, for PNG, the
 * size and scale; draws on the FX thread, writes on the sampler service, reports failures.
 */
public final class FigureSaver {
    private static final String LAST_DIR = "lastExportDir";

    private final Preferences prefs;
    private final SamplerService service;
    private final ErrorReporter errors;
    private final java.util.function.Consumer<String> status;

    /** Creates a saver remembering its folder in the given preferences node. */
    public FigureSaver(Preferences prefs, SamplerService service, ErrorReporter errors,
                       java.util.function.Consumer<String> status) {
        this.prefs = prefs;
        this.service = service;
        this.errors = errors;
        this.status = status;
    }

    /** The last folder a figure was saved into, or the home folder. */
    public Path lastDirectory() {
        return Path.of(prefs.get(LAST_DIR, System.getProperty("user.home")));
    }

    /** Remembers the folder figures were last saved into. */
    public void rememberDirectory(Path dir) {
        prefs.put(LAST_DIR, dir.toAbsolutePath().toString());
    }

    /** Asks for a file and options, then saves the figure in the given format. */
    public void saveInteractively(Figure figure, Format format, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save figure as " + format);
        File dir = lastDirectory().toFile();
        if (dir.isDirectory()) {
            chooser.setInitialDirectory(dir);
        }
        chooser.setInitialFileName(figure.name() + format.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format + " image",
                "*" + format.extension()));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        Path path = file.toPath();
        if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(format.extension())) {
            path = path.resolveSibling(path.getFileName() + format.extension());
        }
        if (format == Format.PNG) {
            Optional<PngOptions> options = askPngOptions(owner);
            if (options.isEmpty()) {
                return;
            }
            PngOptions o = options.get();
            save(figure, path, Format.PNG, o.width(), o.height(), o.scale());
        } else {
            save(figure, path, Format.SVG, FigureExporter.DEFAULT_WIDTH, FigureExporter.DEFAULT_HEIGHT, 1);
        }
    }

    /** Saves without asking: draws now (FX thread), writes in the background, reports the outcome. */
    public void save(Figure figure, Path path, Format format, int width, int height, double scale) {
        RenderedFigure rendered;
        try {
            rendered = FigureExporter.render(figure.chart(), format, width, height, scale);
        } catch (IllegalArgumentException e) {
            errors.actionFailed("Could not save " + path.getFileName(), e);
            return;
        }
        Path target = path;
        service.job("save:" + target, "Saving " + target.getFileName(), ctx -> {
            rendered.writeTo(target);
            return target;
        }).onSuccess(p -> {
            rememberDirectory(p.toAbsolutePath().getParent());
            status.accept("Saved " + p);
        }).onFailure(e -> errors.actionFailed("Could not save " + target.getFileName(), e)).submit();
    }

    /**
     * PNG options.
     *
     * @param width  in points
     * @param height in points
     * @param scale  pixels per point, 1 to 4
     */
    public record PngOptions(int width, int height, double scale) {
    }

    private Optional<PngOptions> askPngOptions(Window owner) {
        Dialog<PngOptions> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("PNG size");
        Spinner<Integer> width = new Spinner<>(100, 8000, FigureExporter.DEFAULT_WIDTH, 50);
        Spinner<Integer> height = new Spinner<>(100, 8000, FigureExporter.DEFAULT_HEIGHT, 50);
        width.setEditable(true);
        height.setEditable(true);
        ChoiceBox<String> scale = new ChoiceBox<>();
        scale.getItems().addAll("1x (screen)", "2x (print, 144 dpi)", "3x", "4x (poster)");
        scale.getSelectionModel().select(1);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Width (points)"), width);
        grid.addRow(1, new Label("Height (points)"), height);
        grid.addRow(2, new Label("Scale"), scale);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new PngOptions(width.getValue(), height.getValue(), scale.getSelectionModel().getSelectedIndex() + 1)
                : null);
        return dialog.showAndWait();
    }
}
