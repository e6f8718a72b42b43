package org.shrinkagelab.charts;

import java.util.List;
import org.shrinkagelab.charts.DagFigure.Edge;
import org.shrinkagelab.charts.DagFigure.Graph;
import org.shrinkagelab.charts.DagFigure.Kind;
import org.shrinkagelab.charts.DagFigure.Node;
import org.shrinkagelab.charts.DagFigure.Plate;
import org.shrinkagelab.problems.fivedistricts.FiveDistrictsProblem;

/** The two model graphs the DAG figure is tested on: Eight Schools and Five Districts' school-within-district model. */
public final class DagExamples {
    private DagExamples() {
    }

    /** mu, tau -> theta_j -> y_j <- sigma_j, plate j = 1..8: the Eight Schools MCMC problem's own graph. */
    public static Graph eightSchools() {
        return org.shrinkagelab.problems.eightschools.mcmc.EightSchoolsMcmcProblem.graph();
    }

    /** The Five Districts problem's hierarchical model (iii), as its tab draws it. */
    public static Graph fiveDistricts() {
        FiveDistrictsProblem problem = new FiveDistrictsProblem();
        return problem.dag(problem.defaults());
    }
}
