package org.shrinkagelab.problems.fivedistricts;

import java.nio.file.Files;
import java.nio.file.Path;
import org.shrinkagelab.data.DataFormatException;
import org.shrinkagelab.data.FiveDistrictsData;
import org.shrinkagelab.problems.Settings;

/**
 * The {@code --data} option: {@code bundled} (the shipped simulated file), {@code simulated:SEED} or
 * {@code simulated:SEED:well-identified} (the generator at another seed or preset, the tab's "new data"),
 * or the path of a user's CSV with columns district,school,hours,improvement,stderr.
 */
public final class DataOption {
    /** The option's name. */
    public static final String NAME = "data";
    /** The shipped data. */
    public static final String BUNDLED = "bundled";
    /** What the option accepts, for help. */
    public static final String ALLOWED = "bundled, simulated:SEED[:well-identified] or a CSV file "
            + "(district,school,hours,improvement,stderr)";
    private static final String SIMULATED = "simulated:";

    private DataOption() {
    }

    /** The data the text names; an IllegalArgumentException names the file, line and column of bad input. */
    public static FiveDistrictsData parse(String text) {
        String t = text.trim();
        if (t.isEmpty() || t.equals(BUNDLED)) {
            return FiveDistrictsData.bundled();
        }
        if (t.startsWith(SIMULATED)) {
            return simulated(t.substring(SIMULATED.length()));
        }
        Path file = Path.of(t);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("data file " + t + " does not exist or is not a file");
        }
        try {
            return FiveDistrictsData.read(file);
        } catch (DataFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The text of the generator's data at a seed, with the well-identified preset or not. */
    public static String simulated(long seed, boolean wellIdentified) {
        return SIMULATED + seed + (wellIdentified ? ":well-identified" : "");
    }

    private static FiveDistrictsData simulated(String rest) {
        String[] parts = rest.split(":");
        if (parts.length > 2 || (parts.length == 2 && !parts[1].equals("well-identified"))) {
            throw new IllegalArgumentException("data: expected simulated:SEED or simulated:SEED:well-identified, was "
                    + SIMULATED + rest);
        }
        long seed;
        try {
            seed = Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("data: the seed of simulated:SEED must be a whole number, was '"
                    + parts[0] + "'");
        }
        if (seed < 0 || seed > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("data: the seed must be between 0 and " + Integer.MAX_VALUE);
        }
        FiveDistrictsSimulation simulation = new FiveDistrictsSimulation();
        Settings s = Settings.defaults(simulation.options()).with("seed", seed)
                .with("preset", parts.length == 2 ? "well-identified" : "default");
        return simulation.simulate(s);
    }
}
