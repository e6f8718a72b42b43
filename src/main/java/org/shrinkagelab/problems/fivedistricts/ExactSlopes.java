package org.shrinkagelab.problems.fivedistricts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shrinkagelab.data.FiveDistrictsData;

/**
 * The exact posterior of whichever model was fitted, in one shape: conjugate for (i) and (ii)
 * ({@link ConjugateSlopes}), quadrature over (tau_D, tau_S) for (iii) ({@link HierarchicalSlopesPosterior}).
 *
 * @param mu           the population slope (the single slope of (i)); null for (ii)
 * @param betaDistrict each district's slope (the single slope repeated for (i))
 * @param beta         each school's slope (its district's for (ii), the single slope for (i))
 * @param hierarchical the quadrature result with tau moments and densities for (iii); null otherwise
 */
public record ExactSlopes(NormalMoments mu, List<NormalMoments> betaDistrict, List<NormalMoments> beta,
                          HierarchicalSlopesReference hierarchical) {
    /** Points of each exact density's grid. */
    public static final int GRID_POINTS = 161;

    /** Recent references by model, data and priors: the quadrature takes seconds, and a tab refits often. */
    private static final int CACHED = 16;
    private static final Map<List<Object>, ExactSlopes> CACHE = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHED, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Object>, ExactSlopes> eldest) {
                    return size() > CACHED;
                }
            });

    /** The exact posterior of the request's model under its priors and data (remembered for the last few). */
    public static ExactSlopes of(FiveDistrictsRequest r) {
        List<Object> key = r.model() == SlopeModel.HIERARCHICAL
                ? List.of(r.model(), r.data(), r.muPrior(), r.tauD(), r.tauS())
                : List.of(r.model(), r.data(), r.muPrior());
        ExactSlopes cached = CACHE.get(key);
        if (cached == null) {
            cached = compute(r);
            CACHE.put(key, cached);
        }
        return cached;
    }

    private static ExactSlopes compute(FiveDistrictsRequest r) {
        FiveDistrictsData data = r.data();
        int districts = data.districts().size();
        switch (r.model()) {
            case POOLED -> {
                NormalMoments b = ConjugateSlopes.pooled(data, r.muPrior());
                return new ExactSlopes(b, Collections.nCopies(districts, b), Collections.nCopies(data.size(), b), null);
            }
            case INDEPENDENT -> {
                List<NormalMoments> d = List.of(ConjugateSlopes.independent(data, r.muPrior()));
                List<NormalMoments> schools = new ArrayList<>();
                for (int index : data.districtIndex()) {
                    schools.add(d.get(index));
                }
                return new ExactSlopes(null, d, List.copyOf(schools), null);
            }
            default -> {
                HierarchicalSlopesReference h = HierarchicalSlopesPosterior.compute(data, r.muPrior(), r.tauD(),
                        r.tauS(), GRID_POINTS);
                return new ExactSlopes(h.mu(), h.betaDistrict(), h.beta(), h);
            }
        }
    }
}
