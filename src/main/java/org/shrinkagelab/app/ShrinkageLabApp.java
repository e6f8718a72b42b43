package org.shrinkagelab.app;

import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.shrinkagelab.engine.SamplerService;

/** The JavaFX application: one sampler service, one window. */
public final class ShrinkageLabApp extends Application {
    private SamplerService service;

    /** Launches the window (blocks until it closes). */
    public static void launchWindow(String[] args) {
        Application.launch(ShrinkageLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Preferences prefs = Preferences.userRoot().node("org/shrinkagelab");
        service = SamplerService.threaded(Platform::runLater);
        WindowPreferences window = new WindowPreferences(prefs.node("window"));
        new MainWindow(stage, service, prefs, true, Platform::runLater);
        window.restore(stage);
        stage.setOnHidden(e -> window.store(stage));
        var icon = ShrinkageLabApp.class.getResourceAsStream("icon.png");
        if (icon != null) {
            stage.getIcons().add(new javafx.scene.image.Image(icon));
        }
        stage.show();
    }

    @Override
    public void stop() {
        if (service != null) {
            service.close();
        }
    }
}
