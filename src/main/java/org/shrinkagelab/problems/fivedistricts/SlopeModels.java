package org.shrinkagelab.problems.fivedistricts;

import org.shrinkagelab.data.FiveDistrictsData;
import org.shrinkagelab.engine.model.DeclaredModel;
import org.shrinkagelab.engine.model.Expr;
import org.shrinkagelab.engine.model.ModelBuilder;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.Parameterization;
import org.shrinkagelab.workbench.TauPrior;

/**
 * The three Five Districts models declared on {@link ModelBuilder}, improvement_j ~ N(slope_j hours_j, stderr_j)
 * through the origin in each: (i) pooled, slope_j = mu; (ii) independent, slope_j = beta_district[d_j] with
 * beta_district[d] ~ N(m0, s0) each (the mu prior's mean and sd); (iii) hierarchical, beta[j] ~
 * N(beta_district[d_j], tau_s), beta_district[d] ~ N(mu, tau_d), each level centered or not on its own.
 */
public final class SlopeModels {
    private SlopeModels() {
    }

    /** The model of the slopes under the given priors and parameterizations (the latter used by (iii) only). */
    public static DeclaredModel declare(SlopeModel model, FiveDistrictsData data, MuPrior muPrior, TauPrior tauD,
                                        TauPrior tauS, Parameterization schools, Parameterization districts) {
        ModelBuilder m = new ModelBuilder();
        Expr hours = m.data(data.hours());
        Expr slope = switch (model) {
            case POOLED -> {
                Expr mu = m.real("mu");
                muPrior.declare(m, mu);
                yield mu;
            }
            case INDEPENDENT -> {
                Expr betaDistrict = m.realVector("beta_district", data.districts().size());
                muPrior.declare(m, betaDistrict);
                yield betaDistrict.at(data.districtIndex());
            }
            case HIERARCHICAL -> {
                Expr mu = m.real("mu");
                Expr tauDistrict = m.parameter("tau_d", 1, false, tauD.transform());
                Expr tauSchool = m.parameter("tau_s", 1, false, tauS.transform());
                muPrior.declare(m, mu);
                tauD.declare(m, tauDistrict);
                tauS.declare(m, tauSchool);
                Expr betaDistrict = m.normalGroup("beta_district", "z_district", data.districts().size(), mu,
                        tauDistrict, districts.centering());
                yield m.normalGroup("beta", "z_school", data.size(), betaDistrict.at(data.districtIndex()),
                        tauSchool, schools.centering());
            }
        };
        m.normal(m.data(data.improvements()), slope.times(hours), m.data(data.stderrs()));
        return m.build();
    }
}
