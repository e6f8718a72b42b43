package org.shrinkagelab.engine.diag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.sample.Draws;

/**
 * The energy diagnostic's two distributions against their definitions on hand-checked chains, and E-BFMI
 * against its definition (sum of squared successive differences over n, over the sample variance).
 */
class EnergyDistributionTest {

    @Test
    void marginalIsEnergyMinusTheMeanOverAllChains() {
        // energies sum to 4 + 8 + 3 + 1 + 9 = 25 over 5 draws: mean 5
        EnergyDistribution e = EnergyDistribution.of(draws(new double[] {4, 8, 3}, new double[] {1, 9}));
        assertArrayEquals(new double[] {-1, 3, -2, -4, 4}, e.marginal(), 1e-15);
    }

    @Test
    void transitionsAreSuccessiveDifferencesWithinEachChain() {
        EnergyDistribution e = EnergyDistribution.of(draws(new double[] {4, 8, 3}, new double[] {1, 9}));
        // never across the boundary between chains (1 - 3 is no transition)
        assertArrayEquals(new double[] {4, -5, 8}, e.transitions(), 1e-15);
    }

    @Test
    void ebfmiIsTheDefinitionPerChain() {
        double[] a = {4, 8, 3, 6};
        double[] b = {1, 9, 2};
        EnergyDistribution e = EnergyDistribution.of(draws(a, b));
        // chain a: differences 4, -5, 3 -> 50 / 4; mean 21/4, sample variance (1.5625+7.5625+5.0625+0.5625)/3
        double varA = (1.5625 + 7.5625 + 5.0625 + 0.5625) / 3;
        // chain b: differences 8, -7 -> 113 / 3; mean 4, sample variance (9 + 25 + 4) / 2
        assertArrayEquals(new double[] {50.0 / 4 / varA, 113.0 / 3 / 19}, e.ebfmi(), 1e-14);
    }

    @Test
    void aOneDrawChainHasNoTransitions() {
        EnergyDistribution e = EnergyDistribution.of(draws(new double[] {2}, new double[] {5, 7}));
        double mean = 14.0 / 3;
        assertArrayEquals(new double[] {2 - mean, 5 - mean, 7 - mean}, e.marginal(), 1e-15);
        assertArrayEquals(new double[] {2}, e.transitions(), 0);
        assertEquals(Double.NaN, e.ebfmi()[0]);
    }

    @Test
    void noDrawsGiveEmptyDistributions() {
        EnergyDistribution e = EnergyDistribution.of(draws(new double[0], new double[0]));
        assertEquals(0, e.marginal().length);
        assertEquals(0, e.transitions().length);
    }

    @Test
    void drawsWithoutEnergyAreRejected() {
        Draws d = new Draws(List.of("x"), List.of(), new double[][][] {{{1, 2}}}, true);
        assertThrows(IllegalArgumentException.class, () -> EnergyDistribution.of(d));
    }

    /** Draws of one parameter x (its values unused) with the given energy__ per chain. */
    private static Draws draws(double[]... energy) {
        double[][][] values = new double[energy.length][][];
        for (int c = 0; c < energy.length; c++) {
            values[c] = new double[][] {new double[energy[c].length], energy[c]};
        }
        return new Draws(List.of("x"), List.of("energy__"), values, true);
    }
}
