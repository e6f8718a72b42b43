package org.shrinkagelab.problems.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.data.DataFormatException;
import org.shrinkagelab.data.GroupsData;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.workbench.ModelFit;

class GroupsProblemTest {

    /** NUTS at the defaults (J = 8, non-centered, 4 x 1000 draws) agrees with the quadrature posterior within 4 MCSE. */
    @Test
    void nutsAgreesWithQuadrature() {
        for (String parameterization : List.of("noncentered", "centered")) {
            GroupsProblem problem = new GroupsProblem();
            Settings settings = problem.defaults().with("parameterization", parameterization);
            GroupsQuadrature exact = new GroupsQuadrature(GroupsProblem.data(settings));
            ModelFit fit = problem.fit(settings, JobContext.none());
            List<String> names = List.of("mu", "tau", "sigma", "alpha[1]", "alpha[8]");
            int[] index = {0, 1, 2, 3, 10};
            for (int k = 0; k < names.size(); k++) {
                ParameterSummary p = row(fit, names.get(k));
                assertEquals(exact.mean(index[k]), p.mean(), 4 * p.mcseMean(), parameterization + " " + p.name());
                assertEquals(exact.sd(index[k]), p.sd(), 4 * p.mcseSd(), parameterization + " sd " + p.name());
            }
        }
    }

    private static ParameterSummary row(ModelFit fit, String name) {
        return fit.summaries().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /** The simulated CSV reads back as the simulated data, the first groups unchanged when J grows. */
    @Test
    void simulatedCsvReadsBack() throws DataFormatException {
        GroupsSimulation simulation = new GroupsSimulation();
        String csv = simulation.csv(simulation.defaults().with("groups", 20L).with("seed", 3L));
        GroupsData read = GroupsData.parse("sim.csv", csv);
        GroupsData direct = GroupsSimulation.simulate(20, 3);
        assertEquals(20, read.groups());
        assertEquals(100, read.size());
        for (int i = 0; i < read.size(); i++) {
            assertEquals(direct.group()[i], read.group()[i]);
            assertEquals(direct.y()[i], read.y()[i], 0);
        }
        GroupsData bigger = GroupsSimulation.simulate(40, 3);
        assertEquals(direct.y()[99], bigger.y()[99], 0);
    }

    /** The simulated data have the population they are drawn from: the grand mean near mu = 1 and the within-group sd near 2. */
    @Test
    void simulatedDataHaveThePopulation() {
        GroupsData data = GroupsSimulation.simulate(20_000, 1);
        double mean = java.util.Arrays.stream(data.y()).average().orElseThrow();
        // Var(ybar) = (tau^2 + sigma^2 / 5) / J
        assertEquals(1, mean, 4 * Math.sqrt((0.25 + 4 / 5.0) / 20_000));
        double ss = 0;
        for (double[] g : data.byGroup()) {
            double m = java.util.Arrays.stream(g).average().orElseThrow();
            for (double v : g) {
                ss += (v - m) * (v - m);
            }
        }
        double variance = ss / (data.size() - data.groups());
        // the pooled within-group variance has sd about sigma^2 sqrt(2 / df)
        assertEquals(4, variance, 4 * 4 * Math.sqrt(2.0 / (data.size() - data.groups())));
    }

    @Test
    void badFilesNameLineAndColumn() {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> GroupsData.parse("my.csv", "group,y\n1,0.5\n2,x\n"));
        assertTrue(e.getMessage().contains("my.csv, line 3, column 'y'"), e.getMessage());
        e = assertThrows(DataFormatException.class, () -> GroupsData.parse("my.csv", "group,y\n1,0.5\n1.5,2\n"));
        assertTrue(e.getMessage().contains("line 3, column 'group'"), e.getMessage());
        e = assertThrows(DataFormatException.class, () -> GroupsData.parse("my.csv", "group,y\n1,0.5\n3,2\n"));
        assertTrue(e.getMessage().contains("group 2 has no observations"), e.getMessage());
        e = assertThrows(DataFormatException.class, () -> GroupsData.parse("my.csv", "group,value\n1,0.5\n"));
        assertTrue(e.getMessage().contains("y"), e.getMessage());
        IllegalArgumentException option = assertThrows(IllegalArgumentException.class,
                () -> new GroupsProblem().defaults().with("data", "/no/such/file.csv"));
        assertTrue(option.getMessage().contains("file.csv"), option.getMessage());
    }
}
