package org.shrinkagelab.problems.fivedistricts;

import org.shrinkagelab.data.FiveDistrictsData;
import org.shrinkagelab.engine.model.Centering;
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
                slopePrior(m, mu, muPrior);
                yield mu;
            }
            case INDEPENDENT -> {
                Expr betaDistrict = m.realVector("beta_district", data.districts().size());
                slopePrior(m, betaDistrict, muPrior);
                yield betaDistrict.at(data.districtIndex());
            }
            case HIERARCHICAL -> {
                Expr mu = m.real("mu");
                Expr tauDistrict = m.parameter("tau_d", 1, false, tauD.transform());
                Expr tauSchool = m.parameter("tau_s", 1, false, tauS.transform());
                slopePrior(m, mu, muPrior);
                tauPrior(m, tauDistrict, tauD);
                tauPrior(m, tauSchool, tauS);
                Expr betaDistrict = m.normalGroup("beta_district", "z_district", data.districts().size(), mu,
                        tauDistrict, centering(districts));
                yield m.normalGroup("beta", "z_school", data.size(), betaDistrict.at(data.districtIndex()),
                        tauSchool, centering(schools));
            }
        };
        m.normal(m.data(data.improvements()), slope.times(hours), m.data(data.stderrs()));
        return m.build();
    }

    private static Centering centering(Parameterization p) {
        return p == Parameterization.CENTERED ? Centering.CENTERED : Centering.NONCENTERED;
    }

    private static void slopePrior(ModelBuilder m, Expr slope, MuPrior prior) {
        if (!prior.isFlat()) {
            m.normal(slope, prior.mean(), prior.sd());
        }
    }

    /** Declares tau ~ prior, in the family's own statement (its support is the parameter's transform). */
    static void tauPrior(ModelBuilder m, Expr tau, TauPrior prior) {
        double[] a = prior.arguments();
        switch (prior.family()) {
            case HALF_CAUCHY -> m.halfCauchy(tau, m.constant(a[0]));
            case HALF_NORMAL -> m.halfNormal(tau, a[0]);
            case UNIFORM -> m.uniform(tau, m.constant(a[0]), m.constant(a[1]));
            case EXPONENTIAL -> m.exponential(tau, m.constant(a[0]));
            case INV_GAMMA -> m.inverseGamma(tau, m.constant(a[0]), m.constant(a[1]));
            case HALF_STUDENT_T -> m.halfStudentT(tau, m.constant(a[0]), m.constant(a[1]));
        }
    }
}
