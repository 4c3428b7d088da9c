package io.docket.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void peersAreMeasuredOverTheWholeCorpusAsDocketIs() throws Exception {
        ObjectNode run = (ObjectNode) new ObjectMapper().readTree(ReportTest.class.getResource("/reports/100k-thirteenth-round.json"));
        // The kit's 260.5 and 529.4 messages/s count 100,000 files; notmuch (383.809 s) and mu (188.901 s) indexed all 101,871.
        // CPU: notmuch 99% of a CPU for 383.809 s is 3.73 ms a message, mu 132% for 188.901 s 2.45 ms.
        String before = Report.markdown(run);
        assertTrue(before.contains("| full ingest, messages/s | 952 | 265 | 539 | 3.59× | 1.77× |"), before);
        assertTrue(before.contains("| full ingest, CPU per message, ms (user + system) | – | 3.73 | 2.45 | – | – |"),
                "a run recorded before Docket's CPU time was kept shows the peers' alone");
        ((ObjectNode) run.get("docket")).put("cpuMsPerMessage", 2.05);

        String table = Report.markdown(run);

        assertTrue(table.contains("| full ingest, CPU per message, ms (user + system) | 2.05 | 3.73 | 2.45 | 0.55× | 0.84× |"), table);
    }

    @Test
    void theMachinesSpeedPerPhaseIsReportedWhenMeasured() throws Exception {
        ObjectNode run = (ObjectNode) new ObjectMapper().readTree(ReportTest.class.getResource("/reports/100k-thirteenth-round.json"));
        assertTrue(!Report.markdown(run).contains("dependent read"), "a run recorded before the machine was measured says nothing of it");
        ObjectNode machine = ((ObjectNode) run.get("docket")).putObject("machine");
        ObjectNode ingest = machine.putObject("ingest");
        ingest.put("sha256MbPerSecond", 1480.0);
        ingest.put("nsPerDependentRead", 96.4);
        ingest.put("stealPercent", 0.4);
        ObjectNode queries = machine.putObject("queries");
        queries.put("sha256MbPerSecond", 1210.0);
        queries.put("nsPerDependentRead", 131.0);

        String table = Report.markdown(run);

        assertTrue(table.contains("ingest: SHA-256 1,480 MB/s, 96.4 ns per dependent read, 0.4% of its CPU time stolen; "
                + "queries: SHA-256 1,210 MB/s, 131.0 ns per dependent read."), table);
    }

    @Test
    void aRunWithoutPeersHasNoColumnsForThem() throws Exception {
        ObjectNode run = (ObjectNode) new ObjectMapper().readTree(ReportTest.class.getResource("/reports/100k-thirteenth-round.json"));
        run.remove("peers");
        ((ObjectNode) run.get("docket")).put("inProcessSlowestQuery", "spam*").put("inProcessSlowestQueryMedianMs", 1.17);

        String table = Report.markdown(run);

        assertTrue(table.contains("| | Docket |\n|---|---|\n| full ingest, messages/s | 952 |\n"), table);
        assertTrue(table.contains("| in-process slowest query (headers), its median, ms (Docket: `spam*`) | 1.17 |\n"), table);
        assertFalse(table.contains("CLI query"), "a row only the peers fill is left out: " + table);
        assertFalse(table.contains("CPU per message"), "a row this run did not take is left out: " + table);
    }

    @Test
    void aReusedArchiveIsSaidBeforeTheTableNotInsideIt() throws Exception {
        ObjectNode run = (ObjectNode) new ObjectMapper().readTree(ReportTest.class.getResource("/reports/100k-thirteenth-round.json"));
        ((ObjectNode) run.get("docket")).put("reusedArchive", true).put("catchUpImportSeconds", 12.5);

        String table = Report.markdown(run);

        int note = table.indexOf("the files it lacked were imported in 12.5 s.");
        int header = table.indexOf("| | Docket |");
        assertTrue(note > 0 && header > note, table);
        assertTrue(table.substring(header).startsWith("| | Docket | notmuch | mu | Docket/notmuch | Docket/mu |\n|---|---|---|---|---|---|\n| full ingest"),
                table);
    }
}
