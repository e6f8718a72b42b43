package org.shrinkagelab.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.shrinkagelab.engine.SamplerService;

/** The JavaFX application: one sampler service, one window. */
public final class ShrinkageLabApp extends Application {
    /** Where the window keeps its settings, under the user's preferences root. */
    static final String PREFERENCES_NODE = "org/shrinkagelab";

    private SamplerService service;

    /** Launches the window (blocks until it closes). */
    public static void launchWindow(String[] args) {
        StartupWarmUp.startInBackground(PREFERENCES_NODE);
        Application.launch(ShrinkageLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Preferences prefs = Preferences.userRoot().node(PREFERENCES_NODE);
        service = SamplerService.threaded(Platform::runLater);
        StartupLog startupLog = StartupLog.attachIfAsked(service);
        WindowPreferences window = new WindowPreferences(prefs.node("window"));
        MainWindow main = new MainWindow(stage, service, prefs, true, Platform::runLater, true);
        window.restore(stage);
        stage.setOnHidden(e -> window.store(stage));
        stage.show();
        loadIcon(stage);
        if (startupLog != null) {
            startupLog.shown();
        }
        // the tabs are built after the shell's first frame, so the window never sits blank while they are
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                Platform.runLater(() -> {
                    main.createTabs();
                    if (startupLog != null) {
                        startupLog.watch(main.selectedProblemId(), stage.getScene());
                    }
                });
            }
        }.start();
    }

    /**
     * Decodes the window icon on another thread and sets it when done: decoding and scaling the PNG took tens
     * of milliseconds of the FX thread before the first frame. The icon is 128 x 128 pixels at 8 bits per
     * channel, the size JavaFX scales a window icon to on Linux (packaging/shrinkage-lab.png, resized with
     * ImageMagick: {@code convert shrinkage-lab.png -resize 128x128 -depth 8 PNG32:icon.png}), because that
     * scaling runs on the FX thread.
     */
    private static void loadIcon(Stage stage) {
        CompletableFuture.supplyAsync(() -> {
            try (InputStream in = ShrinkageLabApp.class.getResourceAsStream("icon.png")) {
                return in == null ? null : new Image(in);
            } catch (IOException e) {
                return null; // a window without its icon is still the window
            }
        }).thenAccept(icon -> {
            if (icon != null && !icon.isError()) {
                Platform.runLater(() -> stage.getIcons().add(icon));
            }
        });
    }

    @Override
    public void stop() {
        if (service != null) {
            service.close();
        }
    }
}
