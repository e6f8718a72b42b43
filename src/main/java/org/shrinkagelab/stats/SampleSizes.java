package org.shrinkagelab.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Sample sizes for convergence plots on a log axis. */
public final class SampleSizes {
    private SampleSizes() {
    }

    /** 10, 30, 100, 300, ... up to the larger of n and top, with n itself included, ascending. */
    public static List<Integer> ladder(int n, int top) {
        TreeSet<Integer> sizes = new TreeSet<>();
        int last = Math.max(n, top);
        for (long decade = 10; decade <= last; decade *= 10) {
            sizes.add((int) decade);
            if (3 * decade <= last) {
                sizes.add((int) (3 * decade));
            }
        }
        sizes.add(n);
        return new ArrayList<>(sizes);
    }
}
