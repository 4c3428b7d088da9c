package io.docket.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ReportTest {
    /** The thirteenth round's 100k run with peers as recorded (docs/bench/100k.json then), given the slowest query's fields this build records. */
    @Test
    void slowestQueryRowsCompareMediansWithMediansAndSingleRunsWithSingleRuns() throws Exception {
        ObjectNode run = (ObjectNode) new ObjectMapper().readTree(ReportTest.class.getResource("/reports/100k-thirteenth-round.json"));
        ObjectNode docket = (ObjectNode) run.get("docket");
        docket.put("inProcessSlowestQuery", "spam*");
        docket.put("inProcessSlowestQueryMedianMs", 1.17);

        String table = Report.markdown(run);

        // mu's slowest query in that run is spam* with a median of 16.021 ms and its slowest run 20.377 ms (inproc-mu.py's output).
        assertTrue(table.contains("| in-process slowest query (headers), its median, ms (Docket: `spam*`; mu: `spam*`) | 1.17 | – | 16.02 | – | 0.07× |"),
                table);
        assertTrue(table.contains("| in-process slowest single run of any query (headers), ms | 10.05 | – | 20.38 | – | 0.49× |"), table);
    }
}
