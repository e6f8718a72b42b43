package org.shrinkagelab.problems.groups;

import org.shrinkagelab.data.GroupsData;
import org.shrinkagelab.engine.model.Centering;
import org.shrinkagelab.engine.model.DeclaredModel;
import org.shrinkagelab.engine.model.Expr;
import org.shrinkagelab.engine.model.ModelBuilder;

/** The varying-intercepts model of the {@code groups} problem, declared on the model builder. */
public final class GroupsModel {
    private GroupsModel() {
    }

    /**
     * y_i ~ N(alpha[group_i], sigma), alpha_j ~ N(mu, tau) (sampled as mu + tau z_j when non-centered),
     * mu ~ N(0, 5), tau ~ half-normal(5), sigma ~ half-normal(5); outputs mu, tau, sigma, alpha[1..J].
     */
    public static DeclaredModel declare(GroupsData data, Centering centering) {
        ModelBuilder m = new ModelBuilder();
        Expr mu = m.real("mu");
        Expr tau = m.positive("tau");
        Expr sigma = m.positive("sigma");
        m.normal(mu, 0, 5);
        m.halfNormal(tau, 5);
        m.halfNormal(sigma, 5);
        Expr alpha = m.normalGroup("alpha", "z", data.groups(), mu, tau, centering);
        m.normal(m.data(data.y()), alpha.at(data.group()), sigma);
        return m.build();
    }
}
