package org.leadpact.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {
    @Test
    void windows_are_read_in_the_reps_time_zone_and_written_back_with_runs_of_days_joined() {
        WorkingHours hours = WorkingHours.parse("Mon-Thu 08:00-16:00, Fri 08:00-12:00", "Europe/Berlin");
        assertThat(hours.windows()).isEqualTo("Mon-Thu 08:00-16:00, Fri 08:00-12:00");
        assertThat(WorkingHours.parse(hours.windows(), "Europe/Berlin")).isEqualTo(hours);
        // Monday 1 March 2027, 07:30 UTC is 08:30 in Berlin; Friday 13:30 Berlin is after the short day.
        assertThat(hours.contains(Instant.parse("2027-03-01T07:30:00Z"))).isTrue();
        assertThat(hours.contains(Instant.parse("2027-03-01T06:30:00Z"))).isFalse();
        assertThat(hours.contains(Instant.parse("2027-03-05T12:30:00Z"))).isFalse();
        assertThat(hours.contains(Instant.parse("2027-03-06T09:00:00Z"))).as("Saturday").isFalse();
        assertThat(WorkingHours.parse("", null).contains(Instant.parse("2027-03-06T03:00:00Z"))).isTrue();
    }

    @Test
    void a_bad_window_day_or_zone_says_how_to_write_it() {
        assertThatThrownBy(() -> WorkingHours.parse("Mon-Fri 9-5", "UTC")).hasMessageContaining("'9-5' is not a time "
                + "range: write e.g. 09:00-17:00");
        assertThatThrownBy(() -> WorkingHours.parse("Moonday 09:00-17:00", "UTC")).hasMessageContaining("is not a day");
        assertThatThrownBy(() -> WorkingHours.parse("", "Mars/Olympus")).hasMessageContaining("is not a time zone");
        assertThatThrownBy(() -> WorkingHours.parse("Mon 17:00-09:00", "UTC")).hasMessageContaining("ends");
    }
}
