package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class KdTreeTest {

    @Test
    void kthNearestDistanceMatchesBruteForce() {
        UniformRandomProvider rng = RandomStreams.independent(3, 1).get(0);
        for (int dim : new int[] {1, 2, 3}) {
            int n = 500;
            double[][] pts = new double[n][dim];
            for (double[] p : pts) {
                for (int a = 0; a < dim; a++) {
                    // Coarse values make ties along the split axes, which quickselect must survive.
                    p[a] = rng.nextInt(20) * 0.5 + (a == 0 ? 0 : rng.nextDouble());
                }
            }
            KdTree tree = new KdTree(pts, n);
            for (int trial = 0; trial < 200; trial++) {
                int self = rng.nextInt(n);
                double[] q = trial % 2 == 0 ? pts[self] : new double[] {rng.nextDouble() * 10, 0.5, 0.5};
                int exclude = trial % 2 == 0 ? self : -1;
                for (int k = 1; k <= 5; k++) {
                    assertEquals(bruteForce(pts, n, Arrays.copyOf(q, dim), k, exclude),
                            tree.kthNearestDistance(Arrays.copyOf(q, dim), k, exclude), 1e-12);
                }
            }
        }
    }

    @Test
    void usesOnlyTheFirstNRows() {
        double[][] pts = {{0, 0}, {3, 4}, {0.1, 0}};
        KdTree tree = new KdTree(pts, 2);
        assertEquals(5, tree.kthNearestDistance(new double[] {0, 0}, 1, 0), 1e-12);
    }

    @Test
    void excludingRowZeroLeavesOneFewerPoint() {
        // row 0 is a real row: leaving it out leaves n - 1 points, so the n-th neighbour does not exist
        double[][] pts = {{0, 0}, {1, 0}, {0, 2}};
        KdTree tree = new KdTree(pts, 3);
        assertEquals(2, tree.kthNearestDistance(new double[] {0, 0}, 2, 0), 1e-15);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> tree.kthNearestDistance(new double[] {0, 0}, 3, 0))
                .getMessage().contains("have 2"));
        // an index past the rows leaves out none
        assertEquals(2, tree.kthNearestDistance(new double[] {0, 0}, 3, 3), 1e-15);
        assertEquals(2, tree.kthNearestDistance(new double[] {0, 0}, 3, -1), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> tree.kthNearestDistance(new double[] {0, 0}, 0, -1));
    }

    @Test
    void aTreeOfOnePointAnswers() {
        KdTree tree = new KdTree(new double[][] {{3, 4}}, 1);
        assertEquals(1, tree.size());
        assertEquals(5, tree.kthNearestDistance(new double[] {0, 0}, 1, -1), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> new KdTree(new double[][] {{3, 4}}, 0));
    }

    private static double bruteForce(double[][] pts, int n, double[] q, int k, int exclude) {
        double[] d = new double[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (i == exclude) {
                continue;
            }
            double s = 0;
            for (int a = 0; a < q.length; a++) {
                s += (pts[i][a] - q[a]) * (pts[i][a] - q[a]);
            }
            d[count++] = Math.sqrt(s);
        }
        double[] sorted = Arrays.copyOf(d, count);
        Arrays.sort(sorted);
        return sorted[k - 1];
    }
}
