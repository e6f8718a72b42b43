package org.shrinkagelab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code periodogram} end to end: powers against astropy 5.2.1 method='slow' (the fixtures of
 * src/test/resources/periodogram/make_fixtures.py, written here as CSV), the output formats, and
 * one {@code error:} line with exit code 2 for every kind of bad input.
 */
class PeriodogramCommandTest {
    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static JsonObject fixture(String name) throws IOException {
        try (Reader r = new InputStreamReader(Objects.requireNonNull(
                PeriodogramCommandTest.class.getResourceAsStream("/periodogram/" + name + ".json")),
                StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(r).getAsJsonObject();
        }
    }

    /** The fixture's data as a t,y,dy CSV. */
    private Path csv(JsonObject fx) throws IOException {
        StringBuilder b = new StringBuilder("t,y,dy\n");
        JsonArray t = fx.getAsJsonArray("t");
        for (int i = 0; i < t.size(); i++) {
            b.append(t.get(i).getAsString()).append(',').append(fx.getAsJsonArray("y").get(i).getAsString()).append(',')
                    .append(fx.getAsJsonArray("dy").get(i).getAsString()).append('\n');
        }
        return write("data.csv", b.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static void assertPowersMatch(JsonObject fx, String norm, JsonObject out) {
        JsonArray expectedF = fx.getAsJsonArray("frequency");
        JsonArray expected = fx.getAsJsonObject("power").getAsJsonArray(norm);
        JsonArray f = out.getAsJsonArray("frequency");
        JsonArray p = out.getAsJsonArray("power");
        assertEquals(expected.size(), p.size());
        for (int j = 0; j < p.size(); j++) {
            assertEquals(expectedF.get(j).getAsDouble(), f.get(j).getAsDouble(), 1e-12, "frequency " + j);
            assertEquals(expected.get(j).getAsDouble(), p.get(j).getAsDouble(), 1e-9, norm + " power " + j);
        }
    }

    @Test
    void automaticGridJsonMatchesAstropy() throws IOException {
        JsonObject fx = fixture("n200_constant");
        Run r = run("periodogram", csv(fx).toString(), "--format", "json", "--top", "3");
        assertEquals(0, r.exit(), r.err());
        JsonObject out = JsonParser.parseString(r.out()).getAsJsonObject();
        assertPowersMatch(fx, "standard", out);
        double gridMax = fx.getAsJsonObject("fap").getAsJsonObject("standard").getAsJsonArray("z").get(0).getAsDouble();
        assertTrue(out.get("best_power").getAsDouble() >= gridMax, "refined peak is at least the grid maximum");
        // the data's sinusoid is at 0.37 per day (make_fixtures.py)
        assertEquals(0.37, out.get("best_frequency").getAsDouble(), 0.002);
        assertEquals(3, out.getAsJsonArray("peaks").size());
        JsonObject settings = out.getAsJsonObject("settings");
        assertEquals("auto", settings.get("grid").getAsString());
        assertEquals("baluev", settings.get("fap_method").getAsString());
        assertEquals(fx.getAsJsonObject("fap").getAsJsonObject("standard").get("fmax").getAsDouble(),
                settings.get("fap_fmax").getAsDouble(), 1e-12);
        assertEquals(out.getAsJsonArray("peaks").get(0).getAsJsonObject().get("fap").getAsDouble(),
                out.get("fap").getAsDouble());
    }

    @ParameterizedTest
    @CsvSource({"standard", "model", "log", "psd"})
    void linspaceGridMatchesAstropyInEachNormalization(String norm) throws IOException {
        JsonObject fx = fixture("n150_hetero_linspace");
        Run r = run("periodogram", csv(fx).toString(), "--fmin", "0.05", "--fmax", "3.0", "--n", "3001",
                "--normalization", norm, "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonObject out = JsonParser.parseString(r.out()).getAsJsonObject();
        assertPowersMatch(fx, norm, out);
        assertEquals(fx.getAsJsonObject("fap").getAsJsonObject(norm).get("fmax").getAsDouble(),
                out.getAsJsonObject("settings").get("fap_fmax").getAsDouble(), 1e-12);
    }

    @Test
    void csvAndTableFormats() throws IOException {
        Path data = csv(fixture("n10_hetero"));
        Run c = run("periodogram", data.toString(), "--fmin", "0.1", "--fmax", "1", "--n", "10", "--format", "csv");
        assertEquals(0, c.exit(), c.err());
        String[] lines = c.out().split("\n");
        assertEquals(11, lines.length);
        assertEquals("frequency,power", lines[0]);
        assertTrue(lines[10].startsWith("1.0,"), lines[10]);
        Run t = run("periodogram", data.toString());
        assertEquals(0, t.exit(), t.err());
        assertTrue(t.out().contains("best frequency") && t.out().contains("false-alarm levels: 1%"), t.out());
    }

    @Test
    void objectFileNeedsAndHonoursObject() throws IOException {
        StringBuilder b = new StringBuilder("object,time,flux,flux_err\n");
        for (int i = 0; i < 40; i++) {
            double t = i * 1.37;
            b.append("A,").append(t).append(',').append(100 + Math.sin(2 * Math.PI * 0.3 * t)).append(",0.5\n");
            b.append("B,").append(t).append(',').append(100 + Math.cos(2 * Math.PI * 0.11 * t + i % 3)).append(",0.5\n");
        }
        Path p = write("objects.csv", b.toString());
        Run none = run("periodogram", p.toString());
        assertEquals(2, none.exit());
        assertEquals("error: " + p + " holds several objects; choose one with --object (A, B)\n", none.err());
        Run a = run("periodogram", p.toString(), "--object", "A", "--format", "json");
        assertEquals(0, a.exit(), a.err());
        JsonObject out = JsonParser.parseString(a.out()).getAsJsonObject();
        assertEquals("A", out.getAsJsonObject("settings").get("object").getAsString());
        assertEquals(40, out.getAsJsonObject("settings").get("points").getAsInt());
    }

    @Test
    void bootstrapIsSeededAndRepeatable() throws IOException {
        Path data = csv(fixture("n10_hetero"));
        String[] args = {"periodogram", data.toString(), "--fap-method", "bootstrap", "--bootstraps", "200",
            "--seed", "7", "--format", "json"};
        Run first = run(args);
        Run second = run(args);
        assertEquals(0, first.exit(), first.err());
        JsonObject a = JsonParser.parseString(first.out()).getAsJsonObject();
        JsonObject b = JsonParser.parseString(second.out()).getAsJsonObject();
        assertEquals(a.get("fap").getAsDouble(), b.get("fap").getAsDouble());
        assertEquals(a.getAsJsonObject("false_alarm_levels"), b.getAsJsonObject("false_alarm_levels"));
        assertEquals(7, a.getAsJsonObject("settings").get("seed").getAsLong());
    }

    @Test
    void badInputGivesOneErrorLineAndExitTwo() throws IOException {
        Path ok = write("ok.csv", "t,y,dy\n0,1,0.1\n1,2,0.1\n2.5,0,0.1\n3,1,0.1\n");
        String[][] cases = {
            {tmp.resolve("missing.csv").toString(), tmp.resolve("missing.csv") + ": no such file"},
            {write("neg.csv", "t,y,dy\n0,1,0.1\n1,2,-0.1\n2,0,0.1\n").toString(),
                "line 3, column 'dy': dy must be positive, was -0.1"},
            {write("dup.csv", "t,y\n0,1\n1,2\n1,0\n").toString(),
                "line 4, column 't': time 1 repeats line 3 (times must be distinct)"},
            {write("two.csv", "t,y\n0,1\n1,2\n").toString(), "2 points; a periodogram needs at least 3"},
            {write("nan.csv", "t,y\n0,1\n1,x\n2,3\n").toString(), "line 3, column 'y': 'x' is not a number"},
            {write("cols.csv", "time,flux\n0,1\n1,2\n2,3\n").toString(), "missing column 't'"},
        };
        for (String[] c : cases) {
            Run r = run("periodogram", c[0]);
            assertEquals(2, r.exit(), c[0]);
            assertEquals("", r.out());
            assertTrue(r.err().startsWith("error: ") && r.err().contains(c[1]) && r.err().indexOf('\n') == r.err().length() - 1,
                    r.err());
        }
        String[][] options = {
            {"--normalization", "loud"},
            {"--fap-method", "guess"},
            {"--n", "100", "--samples-per-peak", "10"},
            {"--n", "1"},
            {"--fmax", "-1"},
            {"--top", "0"},
            {"--object", "A"},
        };
        for (String[] o : options) {
            String[] args = new String[o.length + 2];
            args[0] = "periodogram";
            args[1] = ok.toString();
            System.arraycopy(o, 0, args, 2, o.length);
            Run r = run(args);
            assertEquals(2, r.exit(), String.join(" ", o));
            assertTrue(r.err().startsWith("error: ") && r.err().indexOf('\n') == r.err().length() - 1, r.err());
        }
    }
}
