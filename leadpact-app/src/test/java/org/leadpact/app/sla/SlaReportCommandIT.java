package org.leadpact.app.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.app.cli.LeadPactCli;
import org.leadpact.app.store.TestDatabases;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;

/** {@code leadpact sla report} over a database with two of alice's leads: one touched at once, one never. */
class SlaReportCommandIT {
    /** Three weeks on: eli's lead breached every sales clock, dana's met its first follow-up. */
    static final String AT = "2027-03-20T16:00:00Z";

    @TempDir
    Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LeadPactCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    private String seeded() {
        String url = TestDatabases.h2(dir);
        Instant monday = SlaServer.ny("2027-03-01T09:00");
        try (SlaServer server = new SlaServer(url, new SettableClock(monday))) {
            String touched = server.handedOff("dana", monday);
            Instant call = monday.plus(Duration.ofMinutes(21));
            server.clock.set(call);
            server.leads.record(new org.leadpact.app.service.Leads.LeadRef(touched, null, null, null),
                    new Activity(ActivityType.SALES_CALL, call, null, null, null, null, null, 0, null, "alice"), null,
                    "alice");
            server.handedOff("eli", monday.plusSeconds(600));
        }
        return url;
    }

    @Test
    void the_report_prints_both_sides_as_a_table_json_or_csv() {
        String url = seeded();
        String[] table = run("sla", "report", "--db", url, "--period", "2027-03", "--at", AT);
        assertThat(table[0]).as(table[2]).isEqualTo("0");
        assertThat(table[1]).contains("SLA compliance 2027-03", "SALES", "MARKETING", "alice",
                "handed off within target: 100.0%", "metShare: ");
        String[] json = run("sla", "report", "--db", url, "--from", "2027-03-01", "--to", "2027-03-31", "--format", "json", "--at", AT);
        assertThat(json[1]).contains("\"group\" : \"alice\"", "\"firstFollowUpMedianMinutes\" : 20",
                "\"delivered\" : 2");
        String[] csv = run("sla", "report", "--db", url, "--period", "2027-Q1", "--by", "team", "--format", "csv", "--at", AT);
        assertThat(csv[1].lines().toList()).hasSize(2).last().asString().startsWith("(no team),");
        String byRep = run("sla", "report", "--db", url, "--period", "2027-Q1", "--format", "csv", "--at", AT)[1]
                .lines().toList().get(1);
        assertThat(run("rep", "add", "alice", "--team", "east", "--db", url)[0]).isEqualTo("0");
        String[] east = run("sla", "report", "--db", url, "--period", "2027-Q1", "--by", "team", "--format", "csv", "--at", AT);
        // alice is east's only rep: the team's line is her line under the team's name.
        assertThat(east[1].lines().toList()).hasSize(2).last().isEqualTo(byRep.replaceFirst("^alice,", "east,"));
    }

    @Test
    void a_bad_period_is_refused_with_the_forms_it_may_take() {
        String[] r = run("sla", "report", "--db", TestDatabases.h2(dir), "--period", "March");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("'March' is not a period");
    }
}
