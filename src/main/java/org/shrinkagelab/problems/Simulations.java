package org.shrinkagelab.problems;

import java.util.List;
import java.util.stream.Collectors;
import org.shrinkagelab.problems.fivedistricts.FiveDistrictsSimulation;
import org.shrinkagelab.problems.dyson.DysonSpheresSimulation;

/** Every dataset {@code simulate} can regenerate. */
public final class Simulations {
    private Simulations() {
    }

    /** All simulations, by id. */
    public static List<Simulation> all() {
        return List.of(new FiveDistrictsSimulation(), new DysonSpheresSimulation(),
                new org.shrinkagelab.problems.groups.GroupsSimulation());
    }

    /** The simulation with this id, or an error naming the allowed ids. */
    public static Simulation byId(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown dataset '" + id + "'; allowed: " + ids()));
    }

    /** The ids, comma-separated, for help and error messages. */
    public static String ids() {
        return all().isEmpty() ? "(none yet)" : all().stream().map(Simulation::id).collect(Collectors.joining(", "));
    }
}
