package org.shrinkagelab.problems.groups;

import java.util.List;
import javafx.scene.layout.Region;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.sample.LiveDraws;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.ui.ParameterPanel;
import org.shrinkagelab.ui.TabContext;
import org.shrinkagelab.workbench.ChainFigures;
import org.shrinkagelab.workbench.FigureNotes;
import org.shrinkagelab.workbench.FitAnalysis;
import org.shrinkagelab.workbench.SamplerOptions;
import org.shrinkagelab.workbench.view.ModelTab;

/**
 * The groups tab: the model's options (parameterization, number of simulated groups, their seed) above the
 * workbench's sampler panel, and the workbench's diagnostics and trace views. A data file is read from the
 * command line ({@code summary groups --data FILE}).
 */
public final class GroupsTab extends ModelTab<FitAnalysis, ChainFigures> {
    private static final List<String> MODEL_OPTIONS =
            List.of(SamplerOptions.PARAMETERIZATION, GroupsProblem.GROUPS, GroupsProblem.DATA_SEED);

    private final GroupsProblem groups;
    private final ParameterPanel modelPanel;

    /** Builds the tab for the problem, submitting work through the context's service. */
    public GroupsTab(Problem problem, TabContext context) {
        this(problem, context, new ChainFigures(new FigureNotes()));
    }

    private GroupsTab(Problem problem, TabContext context, ChainFigures chains) {
        super(problem, context, GroupsProblem.ID, "Groups", chains, List.of(
                new Figure(GroupsProblem.ID + "-trace", chains.trace().chart()),
                new Figure(GroupsProblem.ID + "-rank", chains.rank().chart())), chains, "tau");
        groups = (GroupsProblem) problem;
        Settings defaults = problem.defaults();
        modelPanel = new ParameterPanel(defaults, SamplerOptions.only(defaults.specs(), MODEL_OPTIONS));
        modelPanel.setId("groups-model");
        root().setLeft(controls(List.of(), heading("Model"), modelPanel));
        addView("Diagnostics", "view-diagnostics", diagnosticsView(new Region()));
        addView("Traces and ranks", "view-traces", tracesView());
        modelPanel.settingsProperty().addListener((obs, old, s) -> {
            for (String name : MODEL_OPTIONS) {
                panel().set(name, s.asMap().get(name));
            }
        });
        start();
    }

    /** Shows replaced settings (Reset, Load) in the model's panel. */
    @Override
    protected void settingsReplaced(Settings s) {
        modelPanel.setAll(s);
    }

    @Override
    protected RunPlan plan(Settings settings, boolean preview) {
        return new RunPlan(GroupsFit.sampler(settings, preview), groups.model(settings).outputNames(),
                GroupsFit.label(settings, preview));
    }

    @Override
    protected FitAnalysis analyse(Settings settings, boolean preview, LiveDraws live, JobContext context) {
        return GroupsFit.analyse(groups, settings, preview, live, context);
    }

    @Override
    protected void showAnalysis(FitAnalysis analysis) {
        // The workbench's table, verdict, trace and rank views show the fit; the tab has no figures of its own.
    }
}
