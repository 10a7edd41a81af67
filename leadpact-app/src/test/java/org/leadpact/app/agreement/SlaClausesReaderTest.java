package org.leadpact.app.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.Recipient;

/** The clauses the SLA clocks read: calendar exceptions and holidays. */
class SlaClausesReaderTest {
    static AgreementFile withExtra(String yaml) throws IOException {
        return AgreementFileReader.parse("sla.yaml", AgreementFileReaderTest.resource("minimal.yaml") + "\n" + yaml);
    }

    @Test
    void calendar_exceptions_give_a_date_other_hours_or_close_it() throws IOException {
        Agreement a = withExtra("""
                calendar:
                  timeZone: America/New_York
                  holidays:
                    country: US
                  exceptions:
                    2027-12-31: "09:00-13:00"
                    2027-11-26: closed
                    2027-03-06: "10:00-12:00, 13:00-14:00"
                """).orThrow();
        assertThat(a.calendar().exceptions().get(LocalDate.parse("2027-12-31"))).hasSize(1);
        assertThat(a.calendar().exceptions().get(LocalDate.parse("2027-11-26"))).isEmpty();
        assertThat(a.calendar().exceptions().get(LocalDate.parse("2027-03-06"))).hasSize(2);
    }

    @Test
    void a_bad_exception_date_or_range_and_an_unknown_holiday_country_are_reported_with_their_paths() throws IOException {
        assertThat(withExtra("""
                calendar:
                  holidays:
                    country: XQ
                  exceptions:
                    new-years-eve: "09:00-13:00"
                    2027-12-30: "9 to 5"
                """).problems()).extracting(FileProblem::path, FileProblem::message).contains(
                org.assertj.core.groups.Tuple.tuple("calendar.holidays.country",
                        "the holiday library knows no public holidays of XQ"),
                org.assertj.core.groups.Tuple.tuple("calendar.exceptions.new-years-eve",
                        "an exception is keyed by its date, like 2027-12-31"),
                org.assertj.core.groups.Tuple.tuple("calendar.exceptions.2027-12-30",
                        "'9 to 5' is not a time range like 09:00-17:00"));
    }

    @Test
    void the_example_sets_the_warning_point_and_the_escalation_chain() throws IOException {
        Agreement a = AgreementFileReader.read(AgreementFileReaderTest.EXAMPLE).orThrow();
        assertThat(a.salesSla().warnAt()).isEqualTo(80);
        assertThat(a.escalation().atBreach()).containsExactly(Recipient.REP, Recipient.MANAGER);
        assertThat(a.escalation().reassignAfter()).hasToString("4 business hours");
        assertThat(a.escalation().atReassign()).containsExactly(Recipient.MARKETING_OPERATIONS);
    }

    @Test
    void without_an_escalation_clause_reps_hear_of_warnings_managers_of_breaches_and_nothing_is_reassigned()
            throws IOException {
        Agreement a = withExtra("").orThrow();
        assertThat(a.salesSla().warnAt()).isEqualTo(80);
        assertThat(a.escalation().atWarning()).containsExactly(Recipient.REP);
        assertThat(a.escalation().reassignAfter()).isNull();
    }

    @Test
    void a_bad_warning_point_an_unknown_recipient_and_reassigning_without_routing_are_reported() throws IOException {
        assertThat(withExtra("""
                salesSla:
                  warnAt: 120%
                escalation:
                  atBreach: [rep, ceo]
                """).problems()).extracting(FileProblem::path).contains("salesSla", "escalation.atBreach[1]");
        assertThat(withExtra("""
                escalation:
                  reassignAfter: 4 business hours
                """).problems()).extracting(FileProblem::path, FileProblem::message).contains(
                org.assertj.core.groups.Tuple.tuple("escalation.reassignAfter", "breached leads are to be reassigned "
                        + "after 4 business hours, but routing has no rules to choose the next rep"));
    }
}
