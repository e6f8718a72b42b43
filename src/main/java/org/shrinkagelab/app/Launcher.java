package org.shrinkagelab.app;

import org.shrinkagelab.app.cli.Cli;

/**
 * Entry point of the jar: with no arguments it opens the window, with a subcommand it runs
 * headless. A plain class (not an Application) so the classpath jar starts JavaFX itself.
 */
public final class Launcher {
    private Launcher() {
    }

    /** Opens the window, or runs the command line when arguments are given. */
    public static void main(String[] args) {
        if (args.length == 0) {
            ShrinkageLabApp.launchWindow(args);
        } else {
            // A subcommand never opens a window: without this, AWT tries whatever DISPLAY says and fails
            // when no X server is there.
            System.setProperty("java.awt.headless", "true");
            System.exit(Cli.run(args));
        }
    }
}
