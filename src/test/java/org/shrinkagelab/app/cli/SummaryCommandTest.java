package org.shrinkagelab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.app.TabCatalog;

/** {@code summary} runs the chains as parallel parts; the numbers must not depend on it. */
class SummaryCommandTest {

    @Test
    void parallelSummaryPrintsExactlyTheSequentialNumbers() {
        List<String> options = List.of("--warmup", "150", "--draws", "150", "--seed", "7");
        Problem p = TabCatalog.byId("eight-schools-mcmc");
        String sequential = p.summarize(ProblemOptions.parse(p, options), JobContext.none()).toJson();
        CliTest.Run run = CliTest.run("summary", "eight-schools-mcmc", "--warmup", "150", "--draws", "150",
                "--seed", "7", "--format", "json");
        assertEquals(0, run.code(), run.err());
        assertEquals(withoutTiming(sequential), withoutTiming(run.out()));
    }

    /** The JSON without the elapsed seconds, the one field that differs between runs. */
    private static JsonObject withoutTiming(String json) {
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        o.getAsJsonObject("sampler").remove("seconds");
        return o;
    }
}
