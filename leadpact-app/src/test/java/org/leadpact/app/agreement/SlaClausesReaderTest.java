package org.leadpact.app.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.leadpact.agreement.Agreement;

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
}
