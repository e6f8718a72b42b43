package org.shrinkagelab.app.cli;

/** How a command prints its result. */
enum OutputFormat {
    json, table
}
