package org.shrinkagelab.problems.fivedistricts;

import java.util.List;
import org.shrinkagelab.data.FiveDistrictsData;
import org.shrinkagelab.engine.model.DeclaredModel;
import org.shrinkagelab.engine.sample.SamplerSettings;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.Parameterization;
import org.shrinkagelab.workbench.SamplerOptions;
import org.shrinkagelab.workbench.TauPrior;

/**
 * The Five Districts options in force, parsed: which model, each level's parameterization, the priors
 * (points per hour), the data and the sampler.
 *
 * @param model     pooled, independent or hierarchical
 * @param schools   parameterization of the school level of (iii)
 * @param districts parameterization of the district level of (iii)
 * @param muPrior   prior on mu in (i), (iii), and on each district slope in (ii)
 * @param tauD      prior on tau_d
 * @param tauS      prior on tau_s
 * @param data      the schools
 * @param sampler   the sampler's settings
 */
public record FiveDistrictsRequest(SlopeModel model, Parameterization schools, Parameterization districts,
                                   MuPrior muPrior, TauPrior tauD, TauPrior tauS, FiveDistrictsData data,
                                   SamplerSettings sampler) {
    /** Option: the model. */
    public static final String MODEL = "model";
    /** Option: the school level's parameterization. */
    public static final String SCHOOLS = SamplerOptions.PARAMETERIZATION + "-schools";
    /** Option: the district level's parameterization. */
    public static final String DISTRICTS = SamplerOptions.PARAMETERIZATION + "-districts";
    /** Option: prior on mu. */
    public static final String MU_PRIOR = "mu-prior";
    /** Option: prior on tau_d. */
    public static final String TAU_D_PRIOR = "tau-d-prior";
    /** Option: prior on tau_s. */
    public static final String TAU_S_PRIOR = "tau-s-prior";

    /** The request of the options in force. */
    public static FiveDistrictsRequest from(Settings s) {
        return new FiveDistrictsRequest(SlopeModel.parse(s.text(MODEL)), Parameterization.parse(s.text(SCHOOLS)),
                Parameterization.parse(s.text(DISTRICTS)), MuPrior.parse(s.text(MU_PRIOR)),
                TauPrior.parse(s.text(TAU_D_PRIOR)), TauPrior.parse(s.text(TAU_S_PRIOR)),
                (FiveDistrictsData) s.parsed(DataOption.NAME), SamplerOptions.samplerSettings(s));
    }

    /** The same request for another model. */
    public FiveDistrictsRequest withModel(SlopeModel other) {
        return new FiveDistrictsRequest(other, schools, districts, muPrior, tauD, tauS, data, sampler);
    }

    /** The same request with both tau priors replaced. */
    public FiveDistrictsRequest withTauPriors(TauPrior district, TauPrior school) {
        return new FiveDistrictsRequest(model, schools, districts, muPrior, district, school, data, sampler);
    }

    /** The same request on other data. */
    public FiveDistrictsRequest withData(FiveDistrictsData other) {
        return new FiveDistrictsRequest(model, schools, districts, muPrior, tauD, tauS, other, sampler);
    }

    /** The same request with another sampler. */
    public FiveDistrictsRequest withSampler(SamplerSettings other) {
        return new FiveDistrictsRequest(model, schools, districts, muPrior, tauD, tauS, data, other);
    }

    /** The declared model. */
    public DeclaredModel declared() {
        return SlopeModels.declare(model, data, muPrior, tauD, tauS, schools, districts);
    }

    /** What is run, for titles and status lines. */
    public String label() {
        String priors = model == SlopeModel.HIERARCHICAL
                ? "schools " + schools + ", districts " + districts + ", mu ~ " + muPrior + ", tau_d ~ " + tauD
                + ", tau_s ~ " + tauS
                : (model == SlopeModel.POOLED ? "mu ~ " : "beta_district ~ ") + muPrior;
        return sampler.kind() + " " + model.word() + ", " + priors + ", " + sampler.chains() + "×" + sampler.draws();
    }

    /** The model's outputs shown first in the summary. */
    public List<String> headline() {
        return switch (model) {
            case POOLED -> List.of("mu");
            case INDEPENDENT -> List.of("beta_district[1]");
            case HIERARCHICAL -> List.of("tau_s", "tau_d", "mu");
        };
    }
}
