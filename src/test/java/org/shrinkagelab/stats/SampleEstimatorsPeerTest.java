package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;

/**
 * The sample estimators against a peer: numpy.histogram2d and scipy's cKDTree on the same samples.
 * The samples and values were written by src/test/resources/org/shrinkagelab/stats/knn_reference.py
 * (Debian python3, numpy 1.24.2, scipy 1.10.1); p has 300 points and q 250, so the ln(m / (n - 1))
 * term of the k-NN estimate is exercised.
 */
class SampleEstimatorsPeerTest {
    private static double[][] p;
    private static double[][] q;
    private static Map<String, Double> values;

    @BeforeAll
    static void read() throws IOException {
        List<double[]> ps = new ArrayList<>();
        List<double[]> qs = new ArrayList<>();
        for (String[] row : rows("knn_reference_samples.csv")) {
            double[] point = {Double.parseDouble(row[1]), Double.parseDouble(row[2])};
            (row[0].equals("p") ? ps : qs).add(point);
        }
        p = ps.toArray(double[][]::new);
        q = qs.toArray(double[][]::new);
        values = new HashMap<>();
        for (String[] row : rows("knn_reference_values.csv")) {
            values.put(row[0], Double.parseDouble(row[1]));
        }
    }

    @Test
    void histogramEstimateMatchesNumpy() {
        for (int bins : new int[] {5, 30}) {
            assertEquals(values.get("histogram_bins_" + bins),
                    HistogramDivergence.estimate(p, p.length, q, q.length, bins).estimate(), 1e-9);
        }
    }

    @Test
    void knnEstimateMatchesScipy() {
        for (int k : new int[] {1, 3}) {
            assertEquals(values.get("knn_k_" + k),
                    KnnDivergence.estimate(p, p.length, q, q.length, k, JobContext.none()), 1e-10);
        }
    }

    /**
     * commons-math3's Gamma.digamma differs from scipy's by about 3e-9 for arguments below 49
     * (digamma(1): -0.57721566779 vs -0.57721566490), hence 1e-8 here and 1e-10 elsewhere.
     */
    @Test
    void kozachenkoLeonenkoMatchesScipy() {
        for (int k : new int[] {1, 3}) {
            assertEquals(values.get("kl_entropy_k_" + k),
                    KozachenkoLeonenko.entropy(p, p.length, k, JobContext.none()), 1e-8);
        }
    }

    private static List<String[]> rows(String name) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                SampleEstimatorsPeerTest.class.getResourceAsStream(name), StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(line.split(","));
            }
        }
        return out;
    }
}
