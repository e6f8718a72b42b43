package org.shrinkagelab.problems.fivedistricts;

import java.util.ArrayList;
import java.util.List;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.workbench.SliderPrior;
import org.shrinkagelab.workbench.TauPrior;
import org.shrinkagelab.workbench.TauPriorChoice;

/**
 * Five Districts' priors as sliders, in points per hour: mu's prior mean and sd, and for each of tau_d and
 * tau_s a family among those of the sensitivity view with its scale. A family starts at its scale in
 * {@link FiveDistrictsFitter#sensitivityPriors()}.
 */
final class FiveDistrictsPriors {
    private FiveDistrictsPriors() {
    }

    /** The priors, their sliders in the order shown: mu mean, mu sd, tau_d scale, tau_s scale. */
    static List<SliderPrior> priors() {
        return List.of(
                SliderPrior.normalMu(FiveDistrictsRequest.MU_PRIOR,
                        ParameterSpec.real("mu-mean", "mu prior mean", -3, 3, 0),
                        ParameterSpec.real("mu-sd", "mu prior sd", 0.05, 10, 1).logScale()),
                tau(FiveDistrictsRequest.TAU_D_PRIOR, "tau_d"),
                tau(FiveDistrictsRequest.TAU_S_PRIOR, "tau_s"));
    }

    private static SliderPrior tau(String option, String name) {
        List<TauPrior.Family> families = new ArrayList<>();
        for (TauPrior p : FiveDistrictsFitter.sensitivityPriors()) {
            families.add(p.family());
        }
        return SliderPrior.tau(option, name + " prior family", families,
                ParameterSpec.real(option.replace("-prior", "-scale"), name + " prior scale", 0.02, 5, 0.5).logScale(),
                FiveDistrictsPriors::startScale);
    }

    private static double startScale(TauPrior.Family family) {
        return FiveDistrictsFitter.sensitivityPriors().stream().filter(p -> p.family() == family)
                .mapToDouble(TauPriorChoice::scaleOf).findFirst().orElseThrow();
    }
}
