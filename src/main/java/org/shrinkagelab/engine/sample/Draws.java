package org.shrinkagelab.engine.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws of several chains: for each chain, one array per column (parameters first, then sampler
 * statistics) over draws. Chains may differ in length only when the run was cancelled, in which
 * case {@link #complete()} is false.
 */
public final class Draws {
    /** Sampler statistics as Stan names them in its CSV output. */
    public static final List<String> STAN_STATS = List.of("lp__", "accept_stat__", "stepsize__", "treedepth__",
            "n_leapfrog__", "divergent__", "energy__");

    private final List<String> parameters;
    private final List<String> stats;
    private final double[][][] values;
    private final boolean complete;

    /**
     * Creates the draws.
     *
     * @param parameters names of the parameter columns
     * @param stats      names of the statistic columns (may be empty)
     * @param values     [chain][column][draw], columns = parameters then stats
     * @param complete   false if the run stopped early (cancelled)
     */
    public Draws(List<String> parameters, List<String> stats, double[][][] values, boolean complete) {
        this.parameters = List.copyOf(parameters);
        this.stats = List.copyOf(stats);
        int columns = parameters.size() + stats.size();
        for (int c = 0; c < values.length; c++) {
            if (values[c].length != columns) {
                throw new IllegalArgumentException("chain " + (c + 1) + " has " + values[c].length
                        + " columns, expected " + columns);
            }
            for (double[] column : values[c]) {
                if (column.length != values[c][0].length) {
                    throw new IllegalArgumentException("chain " + (c + 1) + " has columns of different lengths");
                }
            }
        }
        this.values = values;
        this.complete = complete;
    }

    /** Names of the parameters, in column order. */
    public List<String> parameters() {
        return parameters;
    }

    /** Names of the sampler statistics, in column order. */
    public List<String> stats() {
        return stats;
    }

    /** Number of chains. */
    public int chains() {
        return values.length;
    }

    /** Number of draws in a chain. */
    public int draws(int chain) {
        return values[chain].length == 0 ? 0 : values[chain][0].length;
    }

    /** The smallest number of draws of any chain. */
    public int shortestChain() {
        int n = Integer.MAX_VALUE;
        for (int c = 0; c < chains(); c++) {
            n = Math.min(n, draws(c));
        }
        return chains() == 0 ? 0 : n;
    }

    /** False if the run stopped early and these are the draws made so far. */
    public boolean complete() {
        return complete;
    }

    /** A parameter's draws as [chain][draw] (shared arrays: do not modify). */
    public double[][] parameter(String name) {
        return column(indexOf(parameters, name, "parameter"));
    }

    /** A statistic's values as [chain][draw] (shared arrays: do not modify). */
    public double[][] stat(String name) {
        return column(parameters.size() + indexOf(stats, name, "statistic"));
    }

    /** Tells whether a sampler statistic is present. */
    public boolean hasStat(String name) {
        return stats.contains(name);
    }

    /** A parameter's draws ([chain][draw]) of all chains in one array, chain after chain. */
    public static double[] pooled(double[][] chains) {
        int n = 0;
        for (double[] c : chains) {
            n += c.length;
        }
        double[] out = new double[n];
        int k = 0;
        for (double[] c : chains) {
            System.arraycopy(c, 0, out, k, c.length);
            k += c.length;
        }
        return out;
    }

    /** The raw values, [chain][column][draw] (shared arrays: do not modify). */
    public double[][][] values() {
        return values;
    }

    private double[][] column(int index) {
        double[][] out = new double[values.length][];
        for (int c = 0; c < values.length; c++) {
            out[c] = values[c][index];
        }
        return out;
    }

    private static int indexOf(List<String> names, String name, String what) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no " + what + " '" + name + "'; have " + names);
        }
        return i;
    }

    /** Every chain cut to the length of the shortest, for diagnostics that need equal lengths. */
    public Draws truncatedToShortest() {
        int n = shortestChain();
        double[][][] cut = new double[values.length][][];
        for (int c = 0; c < values.length; c++) {
            cut[c] = new double[values[c].length][];
            for (int k = 0; k < values[c].length; k++) {
                cut[c][k] = java.util.Arrays.copyOf(values[c][k], n);
            }
        }
        return new Draws(parameters, stats, cut, complete);
    }

    /** All column names, parameters then statistics. */
    public List<String> columns() {
        List<String> all = new ArrayList<>(parameters);
        all.addAll(stats);
        return all;
    }
}
