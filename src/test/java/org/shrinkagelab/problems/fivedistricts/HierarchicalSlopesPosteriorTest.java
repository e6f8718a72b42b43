package org.shrinkagelab.problems.fivedistricts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.data.CsvTable;
import org.shrinkagelab.data.DataFormatException;
import org.shrinkagelab.data.FiveDistrictsData;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.TauPrior;
import org.shrinkagelab.stats.AdaptiveQuadrature;
import org.shrinkagelab.stats.Normal;

class HierarchicalSlopesPosteriorTest {
    private final FiveDistrictsData data = FiveDistrictsData.bundled();

    @Test
    void matchesABruteForceGridWithDenseAlgebra() {
        TauPrior priorD = TauPrior.halfNormal(0.5);
        TauPrior priorS = TauPrior.uniform(0, 1);
        HierarchicalSlopesReference r = HierarchicalSlopesPosterior.compute(data, MuPrior.normal(0, 1), priorD, priorS,
                11);
        assertTrue(r.converged());
        // Simpson on 80 x 80 intervals of [0, 3] x [0, 1] (half-normal mass beyond 3 is 2e-9). Its own error,
        // measured at 60 intervals against 120 (1.3e-5 for the tau moments, 1.2e-6 for the slopes) and scaled
        // by (60/80)^4, is about 4e-6 and 4e-7 at 80: the tolerances are five times that.
        double[][] b = BruteForceSlopes.moments(data, 0, 1, priorD, 3, priorS, 1, 80);
        assertMoments(b[0], r.tauD(), 2e-5);
        assertMoments(b[1], r.tauS(), 2e-5);
        assertMoments(b[2], r.mu(), 2e-6);
        for (int d = 0; d < 5; d++) {
            assertMoments(b[3 + d], r.betaDistrict().get(d), 2e-6);
        }
        for (int j = 0; j < data.size(); j++) {
            assertMoments(b[8 + j], r.beta().get(j), 2e-6);
        }
    }

    private static void assertMoments(double[] expected, NormalMoments actual, double tolerance) {
        assertEquals(expected[0], actual.mean(), tolerance);
        assertEquals(expected[1], actual.sd(), tolerance);
    }

    @Test
    void matchesScipyDblquadAtTheShippedData() throws IOException, DataFormatException {
        // src/test/resources/fivedistricts/make_reference.py: dense numpy algebra, scipy dblquad to infinity,
        // epsrel 1e-9; half-normal and half-Cauchy scales.
        Map<String, Map<String, double[]>> reference = readReference();
        assertTrue(reference.size() >= 2, "two prior settings in the reference file");
        for (Map.Entry<String, Map<String, double[]>> setting : reference.entrySet()) {
            String[] priors = setting.getKey().split("\\|");
            HierarchicalSlopesReference r = HierarchicalSlopesPosterior.compute(data, MuPrior.parse(priors[0]),
                    TauPrior.parse(priors[1]), TauPrior.parse(priors[2]), 11);
            assertTrue(r.converged(), setting.getKey());
            for (Map.Entry<String, double[]> p : setting.getValue().entrySet()) {
                NormalMoments actual = moments(r, p.getKey());
                String what = setting.getKey() + " " + p.getKey();
                assertEquals(p.getValue()[0], actual.mean(), 1e-6 * Math.abs(p.getValue()[1]), what);
                assertEquals(p.getValue()[1], actual.sd(), 1e-6 * Math.abs(p.getValue()[1]), what);
            }
        }
    }

    private static NormalMoments moments(HierarchicalSlopesReference r, String name) {
        if (name.equals("tau_d")) {
            return r.tauD();
        }
        if (name.equals("tau_s")) {
            return r.tauS();
        }
        if (name.equals("mu")) {
            return r.mu();
        }
        int index = Integer.parseInt(name.substring(name.indexOf('[') + 1, name.indexOf(']'))) - 1;
        return name.startsWith("beta_district[") ? r.betaDistrict().get(index) : r.beta().get(index);
    }

    private static Map<String, Map<String, double[]>> readReference() throws IOException, DataFormatException {
        try (InputStream in = HierarchicalSlopesPosteriorTest.class.getResourceAsStream("/fivedistricts/reference.csv")) {
            CsvTable t = CsvTable.parse("reference.csv", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, Map<String, double[]>> out = new java.util.LinkedHashMap<>();
            for (int row = 0; row < t.rowCount(); row++) {
                out.computeIfAbsent(t.text(row, t.column("setting")), k -> new HashMap<>())
                        .put(t.text(row, t.column("parameter")), new double[] {t.number(row, t.column("mean")),
                            t.number(row, t.column("sd"))});
            }
            return out;
        }
    }

    @Test
    void tauDensitiesIntegrateToOneAndAgreeWithTheMoments() {
        HierarchicalSlopesReference r = HierarchicalSlopesPosterior.compute(data, MuPrior.normal(0, 1),
                TauPrior.halfNormal(0.5), TauPrior.halfNormal(0.5), 201);
        // the grids end six posterior sds above the mean; trapezoid error and the tail beyond are below 1e-3
        for (Object[] c : new Object[][] {{r.tauDDensity(), r.tauD()}, {r.tauSDensity(), r.tauS()}}) {
            HierarchicalSlopesReference.Density density = (HierarchicalSlopesReference.Density) c[0];
            NormalMoments m = (NormalMoments) c[1];
            double[] x = density.x();
            double[] p = density.density();
            double mass = 0;
            double mean = 0;
            for (int i = 1; i < x.length; i++) {
                double h = x[i] - x[i - 1];
                mass += 0.5 * h * (p[i] + p[i - 1]);
                mean += 0.5 * h * (x[i] * p[i] + x[i - 1] * p[i - 1]);
            }
            assertEquals(1, mass, 1e-3);
            assertEquals(m.mean(), mean / mass, 2e-3 * m.sd());
        }
    }

    @Test
    void muDensityMatchesPlainNestedQuadratureInTau() {
        MuPrior muPrior = MuPrior.normal(0, 1);
        TauPrior prior = TauPrior.halfNormal(0.5);
        HierarchicalSlopesReference r = HierarchicalSlopesPosterior.compute(data, muPrior, prior, prior, 11);
        SlopeHierarchy model = new SlopeHierarchy(data, muPrior);
        // p(mu | y) = E[N(mu; m(taus), v(taus))] over p(taus | y), integrated on [0, 4]^2 in tau itself (the
        // half-normal(0.5) mass beyond 4 is 1e-15), without the axis map or the mixture's bookkeeping
        double offset = model.conditional(0.25, 0.1).logMarginal();
        for (int g : new int[] {2, 5, 8}) {
            double mu = r.muDensity().x()[g];
            double[] both = new double[2];
            AdaptiveQuadrature.Integrals outer = AdaptiveQuadrature.integrate((tauS, out) -> {
                SlopeHierarchy.SchoolLevel level = model.schoolLevel(tauS);
                AdaptiveQuadrature.Integrals inner = AdaptiveQuadrature.integrate((tauD, in) -> {
                    SlopeHierarchy.Conditional c = model.conditional(tauD, level);
                    double w = Math.exp(c.logMarginal() - offset + prior.logDensity(tauD) + prior.logDensity(tauS));
                    in[0] = w;
                    in[1] = w * Math.exp(Normal.logPdf(mu, c.muMean(), Math.sqrt(c.muVar())));
                }, 2, 0, 4, 1e-10);
                out[0] = inner.values()[0];
                out[1] = inner.values()[1];
            }, 2, 0, 4, 1e-9);
            both[0] = outer.values()[0];
            both[1] = outer.values()[1];
            assertEquals(both[1] / both[0], r.muDensity().density()[g], 1e-7 * r.muDensity().density()[g]);
        }
    }
}
