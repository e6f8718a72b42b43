package org.shrinkagelab.stats;

/**
 * A k-d tree over points in d dimensions (rows of an array) answering "distance to the k-th
 * nearest point" queries in Euclidean distance, in about log n steps per query.
 */
public final class KdTree {
    private final double[][] points;
    private final int[] order;
    private final int dimension;

    /** Builds the tree over the first {@code n} rows of {@code points} (the array is not copied or changed). */
    public KdTree(double[][] points, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a k-d tree needs at least one point");
        }
        this.points = points;
        this.dimension = points[0].length;
        this.order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        build(0, n, 0);
    }

    /** Number of points in the tree. */
    public int size() {
        return order.length;
    }

    private void build(int lo, int hi, int depth) {
        if (hi - lo <= 1) {
            return;
        }
        int axis = depth % dimension;
        int mid = (lo + hi) >>> 1;
        select(lo, hi - 1, mid, axis);
        build(lo, mid, depth + 1);
        build(mid + 1, hi, depth + 1);
    }

    /** Rearranges order[lo..hi] so that position k holds the point of rank k along the axis (quickselect). */
    private void select(int lo, int hi, int k, int axis) {
        while (hi > lo) {
            double pivot = points[order[(lo + hi) >>> 1]][axis];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (points[order[i]][axis] < pivot) {
                    i++;
                }
                while (points[order[j]][axis] > pivot) {
                    j--;
                }
                if (i <= j) {
                    int t = order[i];
                    order[i] = order[j];
                    order[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    /**
     * The Euclidean distance from {@code query} to its k-th nearest point of the tree, leaving out
     * the point with row index {@code exclude} (pass -1 to leave out none).
     *
     * @throws IllegalArgumentException if fewer than k points remain
     */
    public double kthNearestDistance(double[] query, int k, int exclude) {
        int available = exclude >= 0 && exclude < size() ? size() - 1 : size();
        if (k < 1 || k > available) {
            throw new IllegalArgumentException("k = " + k + " needs at least k other points, have " + available);
        }
        double[] best = new double[k];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        search(0, order.length, 0, query, exclude, best);
        return Math.sqrt(best[k - 1]);
    }

    private void search(int lo, int hi, int depth, double[] query, int exclude, double[] best) {
        if (hi <= lo) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        int index = order[mid];
        double[] p = points[index];
        if (index != exclude) {
            double d2 = 0;
            for (int a = 0; a < dimension; a++) {
                double diff = query[a] - p[a];
                d2 += diff * diff;
            }
            insert(best, d2);
        }
        int axis = depth % dimension;
        double diff = query[axis] - p[axis];
        if (diff < 0) {
            search(lo, mid, depth + 1, query, exclude, best);
            if (diff * diff < best[best.length - 1]) {
                search(mid + 1, hi, depth + 1, query, exclude, best);
            }
        } else {
            search(mid + 1, hi, depth + 1, query, exclude, best);
            if (diff * diff < best[best.length - 1]) {
                search(lo, mid, depth + 1, query, exclude, best);
            }
        }
    }

    /** Keeps best[] as the k smallest squared distances seen, ascending. */
    private static void insert(double[] best, double d2) {
        int last = best.length - 1;
        if (d2 >= best[last]) {
            return;
        }
        int i = last;
        while (i > 0 && best[i - 1] > d2) {
            best[i] = best[i - 1];
            i--;
        }
        best[i] = d2;
    }
}
