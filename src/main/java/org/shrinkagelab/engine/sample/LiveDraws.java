package org.shrinkagelab.engine.sample;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Every iteration of a run as it is drawn, warmup included, so that a view can show the chains
 * converging while they sample. The chains write (each its own row); any thread may read a
 * {@link #snapshot} at any time. Recording reads the sampler's position only, so the draws of a
 * run are the same with or without it.
 */
public final class LiveDraws {
    private final List<String> names;
    private final int warmup;
    private final double[][][] values;
    private final AtomicIntegerArray done;

    /**
     * Room for the run's iterations.
     *
     * @param names   the model's output names
     * @param chains  number of chains
     * @param warmup  warmup iterations per chain
     * @param draws   kept draws per chain
     */
    public LiveDraws(List<String> names, int chains, int warmup, int draws) {
        this.names = List.copyOf(names);
        this.warmup = warmup;
        this.values = new double[chains][names.size()][warmup + draws];
        this.done = new AtomicIntegerArray(chains);
    }

    /** The draws so far of one output, with how many of each chain's iterations were warmup. */
    public record Snapshot(String name, double[][] chains, int warmup) {

        /** The iterations after warmup of each chain, cut to the shortest chain (empty rows while warming up). */
        public double[][] afterWarmup() {
            if (chains.length == 0) {
                return new double[0][];
            }
            int shortest = Integer.MAX_VALUE;
            for (double[] c : chains) {
                shortest = Math.min(shortest, Math.max(0, c.length - warmup));
            }
            double[][] out = new double[chains.length][];
            for (int c = 0; c < chains.length; c++) {
                out[c] = shortest == 0 ? new double[0] : Arrays.copyOfRange(chains[c], warmup, warmup + shortest);
            }
            return out;
        }
    }

    /** The output names recorded. */
    public List<String> names() {
        return names;
    }

    /** A copy of the iterations recorded so far of the named output, one row per chain. */
    public Snapshot snapshot(String name) {
        int k = names.indexOf(name);
        if (k < 0) {
            throw new IllegalArgumentException("no output '" + name + "'; have " + names);
        }
        double[][] out = new double[values.length][];
        for (int c = 0; c < values.length; c++) {
            out[c] = Arrays.copyOf(values[c][k], done.get(c));
        }
        return new Snapshot(name, out, warmup);
    }

    /** The draws after warmup that every chain has kept so far (0 while any chain is still warming up). */
    public int keptPerChain() {
        int shortest = Integer.MAX_VALUE;
        for (int c = 0; c < done.length(); c++) {
            shortest = Math.min(shortest, Math.max(0, done.get(c) - warmup));
        }
        return done.length() == 0 ? 0 : shortest;
    }

    /** Stores iteration {@code iteration} (0-based, warmup first) of a chain; called by the chain's thread only. */
    void record(int chain, int iteration, double[] outputs) {
        double[][] row = values[chain];
        for (int k = 0; k < outputs.length; k++) {
            row[k][iteration] = outputs[k];
        }
        // The count is published after the values, so a reader that sees it sees them.
        done.set(chain, iteration + 1);
    }
}
