package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void the_bar_shows_rows_done_of_all_the_share_and_the_rate() {
        assertThat(Progress.line(4_620, 9_240, 6_500_000_000L))
                .isEqualTo("[############------------]  4,620/9,240 rows  50%  711 rows/s");
        assertThat(Progress.line(0, 0, 0)).isEqualTo("[########################]  0/0 rows  100%  0 rows/s");
    }

    @Test
    void it_is_redrawn_in_place_at_most_ten_times_a_second_and_lines_go_above_it() {
        AtomicLong clock = new AtomicLong();
        StringWriter err = new StringWriter();
        Progress bar = new Progress(new PrintWriter(err), 3, true, clock::get);
        bar.update(1);
        clock.addAndGet(50_000_000);
        bar.update(2);
        assertThat(err.toString().split("\r", -1)).as("one drawing so far").hasSize(2);
        bar.println("leads.csv:3: rejected: no e-mail");
        clock.addAndGet(1_000_000_000);
        bar.update(3);
        bar.finish();
        String[] lines = err.toString().split("\n");
        assertThat(lines[0]).endsWith("leads.csv:3: rejected: no e-mail").startsWith("\r");
        assertThat(lines[1]).endsWith("[########################]  3/3 rows  100%  3 rows/s");
    }

    @Test
    void when_not_shown_only_the_lines_are_printed() {
        StringWriter err = new StringWriter();
        Progress bar = new Progress(new PrintWriter(err), 3, false, System::nanoTime);
        bar.update(1);
        bar.println("a line");
        bar.finish();
        assertThat(err).hasToString("a line" + System.lineSeparator());
    }
}
