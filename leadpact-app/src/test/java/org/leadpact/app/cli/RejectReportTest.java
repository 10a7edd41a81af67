package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadpact.app.exchange.RowOutcome;

class RejectReportTest {

    @Test
    void the_first_hundred_rejected_rows_are_listed_and_the_rest_counted() throws IOException {
        StringWriter err = new StringWriter();
        Progress bar = new Progress(new PrintWriter(err), 0, false, System::nanoTime);
        try (RejectReport report = new RejectReport(Path.of("leads.csv"), List.of("email"), null, bar)) {
            for (int line = 2; line < 2 + RejectReport.SHOWN + 3; line++) {
                report.report(new RowOutcome(line, RowOutcome.Lead.REJECTED, 0, 0, List.of(""), List.of("no e-mail",
                        "no instant")));
            }
            report.report(new RowOutcome(200, RowOutcome.Lead.CREATED, 1, 0, List.of("a@b.example"), List.of()));
            report.finish(RejectReport.SHOWN + 3);
        }
        List<String> lines = err.toString().lines().toList();
        assertThat(lines).hasSize(RejectReport.SHOWN + 1);
        assertThat(lines.get(0)).isEqualTo("leads.csv:2: rejected: no e-mail; no instant");
        assertThat(lines.get(RejectReport.SHOWN))
                .isEqualTo("... and 3 more rejected row(s) (--rejects FILE lists them all)");
    }
}
