package org.shrinkagelab.problems.hemophilia;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Summary;

/** Is the mother a carrier of hemophilia, given her sons? Exact Bayes updating, one son at a time. */
public final class HemophiliaProblem implements Problem {
    /** The problem id. */
    public static final String ID = "hemophilia";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Hemophilia";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.real("prior", "Prior P(carrier)", 0, 1, 0.5),
                ParameterSpec.text("sons", "Sons",
                        "0 and 1 separated by commas, e.g. 0,0,1, at most " + SonSequence.MAX_SONS
                                + " sons; empty for none", "", SonSequence::parse));
    }

    /** The exact sequence of posteriors for these settings. */
    public List<HemophiliaStep> compute(Settings settings) {
        BigFraction prior = HemophiliaModel.exactPrior(settings.real("prior"));
        return HemophiliaModel.sequence(prior, (SonSequence) settings.parsed("sons"));
    }

    @Override
    public Summary summarize(Settings settings, JobContext context) {
        List<HemophiliaStep> steps = compute(settings);
        HemophiliaStep last = steps.get(steps.size() - 1);
        if (last.impossible()) {
            throw new IllegalArgumentException("--sons " + settings.text("sons") + " has probability 0 under --prior "
                    + settings.real("prior") + ": " + HemophiliaModel.explanation(steps));
        }
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("evidence", last.evidence().doubleValue());
        q.put("posterior", last.posterior().doubleValue());
        q.put("predictive_affected", last.predictive().doubleValue());
        q.put("evidence_fraction", HemophiliaModel.fractionText(last.evidence()));
        q.put("posterior_fraction", HemophiliaModel.fractionText(last.posterior()));
        q.put("predictive_affected_fraction", HemophiliaModel.fractionText(last.predictive()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (HemophiliaStep s : steps) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sons", s.sons());
            row.put("evidence", s.evidence().doubleValue());
            row.put("posterior", s.posterior().doubleValue());
            row.put("predictive_affected", s.predictive().doubleValue());
            rows.add(row);
        }
        q.put("sequence", rows);
        return Summary.exact(ID, settings, List.of(), q);
    }

    @Override
    public List<Figure> figures(Settings settings, JobContext context) {
        HemophiliaFigures figures = new HemophiliaFigures();
        figures.update(compute(settings));
        return figures.figures();
    }
}
