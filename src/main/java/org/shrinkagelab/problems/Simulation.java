package org.shrinkagelab.problems;

import java.util.List;

/**
 * A simulated dataset the application ships or can regenerate: its id on the command line
 * ({@code simulate ID}), its options (the seed among them) and the CSV text it writes. The same
 * settings always give the same bytes, whatever the machine.
 */
public interface Simulation {

    /** The id after {@code simulate}, e.g. {@code five-districts}. */
    String id();

    /** One line saying what is simulated, for {@code simulate --help}. */
    String description();

    /** The options, the seed included, with their ranges and defaults. */
    List<ParameterSpec> options();

    /** The default options. */
    default Settings defaults() {
        return Settings.defaults(options());
    }

    /** The simulated dataset as CSV text with a header row and '\n' line ends. */
    String csv(Settings settings);
}
