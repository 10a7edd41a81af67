package org.leadpact.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadpact.LeadFixture.T0;
import static org.leadpact.LeadFixture.days;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadStateTest {
    @Test
    void attributes_accumulate_and_a_blank_value_clears_one() {
        LeadState s = LeadState.fold("l", List.of(
                new AttributesChanged(T0, Map.of("email", "A@Example.com", "phone", "555 0100 200"), "form"),
                new AttributesChanged(days(1), Map.of("phone", ""), "crm")));
        assertThat(s.attributes().text("phone")).isEmpty();
        assertThat(s.attributes().emailDomain()).contains("example.com");
    }

    @Test
    void as_of_an_instant_only_earlier_events_count() {
        LeadState s = LeadState.fold("l", List.of(
                new AttributesChanged(T0, Map.of("title", "Manager"), "form"),
                new ActivityRecorded(Activity.of(ActivityType.EMAIL_OPEN, days(1))),
                new AttributesChanged(days(2), Map.of("title", "Director"), "form")));
        LeadState then = s.asOf(days(1));
        assertThat(then.attributes().text("title")).contains("Manager");
        assertThat(then.activities()).hasSize(1);
        assertThat(s.asOf(T0.minusSeconds(1)).history()).isEmpty();
    }

    @Test
    void numbers_are_read_from_text_as_people_write_them() {
        Attributes a = Attributes.of("employees", "1,200", "annualRevenue", "n/a");
        assertThat(a.number("employees")).contains(1200.0);
        assertThat(a.number("annualRevenue")).isEmpty();
    }

    @Test
    void a_full_name_comes_from_first_and_last_name_when_not_given_whole() {
        assertThat(Attributes.of("firstName", "Ada", "lastName", "Lovelace").fullName()).contains("Ada Lovelace");
        assertThat(Attributes.of("firstName", "Ada").fullName()).isEmpty();
    }
}
