package org.shrinkagelab.problems.fivedistricts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItemCollection;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.charts.ArrowAnnotation;
import org.shrinkagelab.data.FiveDistrictsData;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.stats.PointInterval;
import org.shrinkagelab.workbench.SamplerOptions;

/**
 * The forest plot's shrinkage arrows carry the district's number of schools: the more schools, the thicker the
 * line and the longer the head, every school's arrow as its district's, with a legend of the counts present.
 * Preview-length fits: the arrows' widths do not depend on the draws.
 */
class FiveDistrictsForestArrowsTest {

    private static FiveDistrictsFigures compared(FiveDistrictsData data) {
        FiveDistrictsRequest r = FiveDistrictsRequest.from(new FiveDistrictsProblem().defaults()).withData(data);
        r = r.withSampler(SamplerOptions.preview(r.sampler()));
        FiveDistrictsFigures f = new FiveDistrictsFigures();
        f.setData(data);
        f.updateComparison(FiveDistrictsFitter.compare(r, JobContext.none()));
        return f;
    }

    @Test
    void shippedDistrictsOfThreeToEightSchoolsGetArrowsThickerWithEachCount() {
        FiveDistrictsData data = FiveDistrictsData.bundled();
        FiveDistrictsFigures f = compared(data);
        List<ArrowAnnotation> arrows = f.arrows();
        assertEquals(5 + 27, arrows.size());
        int[] counts = {3, 4, 5, 7, 8};
        for (int d = 1; d < 5; d++) {
            assertTrue(arrows.get(d).width() > arrows.get(d - 1).width(), "district of " + counts[d]
                    + " schools thicker than of " + counts[d - 1]);
            assertTrue(arrows.get(d).headLength() > arrows.get(d - 1).headLength());
        }
        int[] district = data.districtIndex();
        for (int j = 0; j < 27; j++) {
            assertEquals(arrows.get(district[j]).width(), arrows.get(5 + j).width(), "school " + j);
        }
        assertEquals(List.of("3 schools", "4 schools", "5 schools", "7 schools", "8 schools"), labels(f));
        LegendItemCollection items = f.arrowLegend().getSources()[0].getLegendItems();
        for (int i = 0; i < 5; i++) {
            assertEquals(arrows.get(i).width(), ((BasicStroke) items.get(i).getLineStroke()).getLineWidth(),
                    "the legend's sample of " + counts[i] + " schools is drawn as its arrows");
        }
        assertTrue(f.noteOf(f.figures().get(1)).contains("as thick as the district has schools"));
    }

    @Test
    void aUsersCountsGetTheirOwnLegendAndASingleSchoolTheThinnestArrow() throws Exception {
        FiveDistrictsData data = FiveDistrictsData.parse("test.csv", """
                district,school,hours,improvement,stderr
                P,p1,10,6,9
                Q,q1,12,4,10
                Q,q2,14,9,11
                R,r1,20,8,12
                R,r2,22,13,10
                R,r3,18,7,9
                R,r4,25,15,14
                R,r5,21,9,13
                R,r6,19,12,8
                """);
        FiveDistrictsFigures f = compared(data);
        assertEquals(List.of("1 school", "2 schools", "6 schools"), labels(f));
        List<ArrowAnnotation> arrows = f.arrows();
        assertTrue(arrows.get(0).width() < arrows.get(1).width() && arrows.get(1).width() < arrows.get(2).width());
        assertTrue(arrows.get(0).width() >= 0.5f, "a single school's arrow is still visible");
    }

    private static List<String> labels(FiveDistrictsFigures f) {
        List<String> out = new ArrayList<>();
        LegendItemCollection items = f.arrowLegend().getSources()[0].getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            out.add(items.get(i).getLabel());
        }
        return out;
    }

    /** The point and interval chooser: type-7 quantiles of each model's draws, the arrows joining the points shown. */
    @Test
    void theForestFollowsTheChosenPointEstimateAndIntervalWithoutRefitting() {
        FiveDistrictsData data = FiveDistrictsData.bundled();
        FiveDistrictsRequest r = FiveDistrictsRequest.from(new FiveDistrictsProblem().defaults()).withData(data);
        r = r.withSampler(SamplerOptions.preview(r.sampler()));
        FiveDistrictsFitter.Comparison c = FiveDistrictsFitter.compare(r, JobContext.none());
        FiveDistrictsFigures f = new FiveDistrictsFigures();
        f.setData(data);
        f.updateComparison(c);
        assertTrue(f.forest().chart().getTitle().getText().contains("90% intervals"));
        f.setPointInterval(new PointInterval(0.5, PointInterval.Estimate.MEDIAN));

        double[][] school4 = {c.of(SlopeModel.HIERARCHICAL).schoolSlope(3)};
        var hierarchical = f.forest().dataset().getSeries(SlopeModel.HIERARCHICAL.ordinal());
        int row = 5 + 3;
        assertEquals(Diagnostics.quantile(school4, 0.5), hierarchical.getX(row).doubleValue(), 1e-12);
        assertEquals(Diagnostics.quantile(school4, 0.25), hierarchical.getXLowValue(row), 1e-12);
        assertEquals(Diagnostics.quantile(school4, 0.75), hierarchical.getXHighValue(row), 1e-12);
        double[][] district2 = {c.of(SlopeModel.INDEPENDENT).districtSlope(1)};
        assertEquals(Diagnostics.quantile(district2, 0.5), f.arrows().get(1).startX(), 1e-12,
                "arrows start at the independent model's point shown");
        assertEquals(Diagnostics.quantile(school4, 0.5), f.arrows().get(row).endX(), 1e-12,
                "arrows end at the hierarchical model's point shown");
        assertTrue(f.forest().chart().getTitle().getText().contains("50% intervals"));
        assertTrue(f.forest().plot().getDomainAxis().getLabel().endsWith("posterior median, 50% interval"));
        assertTrue(hierarchical.getKey().toString().contains("posterior median, 50% interval"));
        assertTrue(f.noteOf(f.figures().get(1)).contains("posterior medians"));
    }
}
