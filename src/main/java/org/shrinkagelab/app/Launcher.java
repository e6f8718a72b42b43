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
            System.exit(Cli.run(args));
        }
    }
}
