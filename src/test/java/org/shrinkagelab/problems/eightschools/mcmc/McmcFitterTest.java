package org.shrinkagelab.problems.eightschools.mcmc;

import org.shrinkagelab.workbench.TauPriorChoice;
import org.shrinkagelab.workbench.Parameterization;
import org.shrinkagelab.workbench.Population;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.TauPrior;
import org.shrinkagelab.data.EightSchoolsData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.engine.sample.SamplerKind;
import org.shrinkagelab.engine.sample.SamplerSettings;

class McmcFitterTest {

    private static McmcSettings request(Parameterization p, TauPrior tau, Population pop) {
        return new McmcSettings(p, MuPrior.normal(0, 20), tau, pop, SamplerSettings.nuts(4, 1000, 1000, 1), false);
    }

    @Test
    void nonCenteredNutsAgreesWithTheExactPosteriorOfTau() {
        McmcAnalysis a = McmcFitter.fit(request(Parameterization.NONCENTERED, TauPrior.halfCauchy(2),
                Population.normal()), JobContext.none());
        ParameterSummary tau = a.summary("tau");
        ExactTauCurve exact = a.exact();
        assertEquals(exact.mean(), tau.mean(), 4 * tau.mcseMean(), "MCMC mean of tau within 4 MCSE of quadrature");
        assertTrue(a.diagnostics().divergences() <= 10, "non-centered: a handful of divergences at most, was "
                + a.diagnostics().divergences());
    }

    @Test
    void centeredNutsDivergesInTheFunnel() {
        McmcAnalysis a = McmcFitter.fit(request(Parameterization.CENTERED, TauPrior.halfCauchy(2),
                Population.normal()), JobContext.none());
        assertTrue(a.diagnostics().divergences() >= 20, "centered: dozens of divergences, was "
                + a.diagnostics().divergences());
        assertTrue(a.diagnostics().centered());
    }

    @Test
    void theExactCurveIsTheNormalizedDensityOverItsGrid() {
        ExactTauCurve c = McmcFitter.exactTau(EightSchoolsExactPosterior.of(MuPrior.normal(0, 20),
                TauPrior.halfNormal(5)), TauPrior.halfNormal(5));
        double area = 0;
        double first = 0;
        for (int i = 1; i < c.tau().length; i++) {
            double h = c.tau()[i] - c.tau()[i - 1];
            area += 0.5 * h * (c.density()[i] + c.density()[i - 1]);
            first += 0.5 * h * (c.tau()[i] * c.density()[i] + c.tau()[i - 1] * c.density()[i - 1]);
        }
        // The grid stops at the 99.5% quantile, so 0.995 of the mass lies on it.
        assertEquals(0.995, area, 2e-3);
        assertTrue(first < c.mean() && first > 0.9 * c.mean(), "partial first moment below the full mean");
        assertNull(McmcFitter.fit(McmcFitter.preview(request(Parameterization.NONCENTERED, TauPrior.halfNormal(5),
                Population.studentT(4))), JobContext.none()).exact(), "no exact curve for a Student-t population");
    }

    @Test
    void theComparisonFitsEveryFamilyWithTheChosenPriorInItsPlace() {
        List<TauPrior> priors = TauPriorChoice.comparisonPriors(TauPrior.halfCauchy(7));
        assertEquals(TauPrior.Family.values().length, priors.size());
        assertTrue(priors.contains(TauPrior.halfCauchy(7)));
        McmcSettings quick = McmcFitter.preview(request(Parameterization.NONCENTERED, TauPrior.halfCauchy(2),
                Population.normal()));
        SensitivityResult r = McmcFitter.compare(quick, priors, JobContext.none());
        assertEquals(priors.size(), r.fits().size());
        assertEquals("half-cauchy:7", r.fits().get(0).prior());
        // Same seed and settings as a single fit under that prior: the comparison's draws are that fit's.
        McmcAnalysis single = McmcFitter.fit(quick.withTauPrior(priors.get(1)), JobContext.none());
        assertEquals(single.summary("tau").mean(), r.fits().get(1).tau().mean(), 1e-12);
    }

    @Test
    void samplersWithoutDivergenceOrEnergyStatisticsStillFillEveryFigure() {
        for (SamplerKind kind : SamplerKind.values()) {
            McmcSettings s = new McmcSettings(Parameterization.NONCENTERED, MuPrior.normal(0, 20),
                    TauPrior.halfCauchy(2), Population.normal(), SamplerSettings.of(kind, 2, 200, 200, 3), false);
            McmcAnalysis a = McmcFitter.fit(s, JobContext.none());
            EightSchoolsMcmcFigures f = new EightSchoolsMcmcFigures(EightSchoolsData.bundled());
            f.update(a);
            assertEquals(2, f.trace().traceData().getSeriesCount(), kind.id());
            if (kind == SamplerKind.RWM) {
                assertEquals(0, f.trace().rugData().getSeries(0).getItemCount(), "RWM cannot diverge");
                assertTrue(Double.isNaN(a.diagnostics().ebfmi()[0]), "RWM has no energy");
            }
        }
    }

    @Test
    void thePreviewRunsTwoShortChains() {
        McmcSettings r = McmcFitter.preview(request(Parameterization.NONCENTERED, TauPrior.halfCauchy(2),
                Population.normal()));
        McmcAnalysis a = McmcFitter.fit(r, JobContext.none());
        assertEquals(2, a.draws().chains());
        assertEquals(200, a.draws().shortestChain());
    }

    @Test
    void theMuFigureDrawsTheExactDensityWhenThereIsOne() {
        TauPrior cauchy = TauPrior.parse("half-cauchy:2");
        McmcAnalysis a = McmcFitter.fit(request(Parameterization.NONCENTERED, cauchy, Population.parse("normal")),
                JobContext.none());
        EightSchoolsMcmcFigures f = new EightSchoolsMcmcFigures(EightSchoolsData.bundled());
        f.update(a);
        var curves = f.muDensity().curves();
        assertEquals(2, curves.getSeriesCount());
        assertEquals("exact p(mu | y), quadrature", curves.getSeriesKey(1));
        double[] exact = EightSchoolsExactPosterior.of(MuPrior.normal(0, 20), cauchy).muDensity(a.muGrid());
        for (int g = 0; g < exact.length; g += 25) {
            assertEquals(exact[g], curves.getYValue(1, g), 1e-12, "grid point " + g);
        }

        McmcAnalysis t = McmcFitter.fit(request(Parameterization.NONCENTERED, cauchy, Population.parse("student-t:4")),
                JobContext.none());
        f.update(t);
        assertNull(t.exactMuDensity());
        assertEquals(1, f.muDensity().curves().getSeriesCount(), "no exact curve without an exact reference");
    }
}
