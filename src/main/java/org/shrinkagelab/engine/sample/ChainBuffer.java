package org.shrinkagelab.engine.sample;

import java.util.Arrays;

/** One chain's columns as they are read, growing in primitive arrays (8 bytes a value, no boxing). */
final class ChainBuffer {
    private final double[][] columns;
    private int size;
    /** The draw number of the last row added (chain,draw format). */
    int lastDraw;
    /** The file line of the last row added. */
    long lastLine;

    ChainBuffer(int width) {
        columns = new double[width][16];
    }

    /** The number of rows added. */
    int size() {
        return size;
    }

    /** Adds one row, a value per column. */
    void add(double[] row) {
        if (size == columns[0].length) {
            int capacity = (int) Math.min(Integer.MAX_VALUE - 8, size + (size >> 1) + 16L);
            if (capacity == size) {
                throw new OutOfMemoryError("more than " + size + " draws in one chain");
            }
            for (int k = 0; k < columns.length; k++) {
                columns[k] = Arrays.copyOf(columns[k], capacity);
            }
        }
        for (int k = 0; k < columns.length; k++) {
            columns[k][size] = row[k];
        }
        size++;
    }

    /** The columns cut to the rows added (one column copied at a time, so the peak stays small). */
    double[][] columns() {
        for (int k = 0; k < columns.length; k++) {
            if (columns[k].length != size) {
                columns[k] = Arrays.copyOf(columns[k], size);
            }
        }
        return columns;
    }
}
