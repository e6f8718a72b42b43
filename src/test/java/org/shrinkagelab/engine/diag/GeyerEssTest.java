package org.shrinkagelab.engine.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Geyer's ESS of unsplit chains against posterior's internal {@code .ess}: src/test/resources/diag/
 * make_geyer_fixtures.R wrote the chains and posterior 1.4.0's value into geyer_ess.csv. The cases are those
 * the split summaries of DiagnosticsTest never pass on: one chain (no between-chain variance), and short
 * trending chains whose autocorrelation stays positive until the sequence runs out of lags. Tolerance 1e-9
 * relative: the only differences are the FFT's rounding, as in DiagnosticsTest.
 */
class GeyerEssTest {

    record Case(String name, double[][] chains, double ess) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                GeyerEssTest.class.getResourceAsStream("/diag/geyer_ess.csv"), StandardCharsets.UTF_8))) {
            in.readLine(); // provenance comment
            in.readLine(); // header
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",");
                int chains = Integer.parseInt(cells[1]);
                int draws = Integer.parseInt(cells[2]);
                double[][] x = new double[chains][draws];
                assertEquals(4 + chains * draws, cells.length, cells[0]);
                for (int k = 0; k < chains * draws; k++) {
                    x[k / draws][k % draws] = Double.parseDouble(cells[4 + k]);
                }
                out.add(new Case(cells[0], x, Double.parseDouble(cells[3])));
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void equalsPosteriorsGeyerEss(Case c) {
        assertEquals(c.ess(), GeyerEss.of(c.chains()), 1e-9 * c.ess(), c.name());
    }
}
