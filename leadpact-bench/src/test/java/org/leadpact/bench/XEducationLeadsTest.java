package org.leadpact.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leadpact.agreement.Agreement;
import org.leadpact.app.agreement.AgreementFileReader;
import org.leadpact.app.csv.CsvTable;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lifecycle.Command;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.lifecycle.Replay;
import org.leadpact.scoring.Score;
import org.leadpact.scoring.ScoreContribution;
import org.leadpact.scoring.Scorer;

class XEducationLeadsTest {
    private static final String HEADER = "Prospect ID,Lead Number,Lead Origin,Lead Source,Do Not Email,Do Not Call,"
            + "Converted,TotalVisits,Total Time Spent on Website,Page Views Per Visit,Last Activity,Country,"
            + "Specialization,How did you hear about X Education,What is your current occupation,"
            + "What matters most to you in choosing a course,Search,Magazine,Newspaper Article,X Education Forums,"
            + "Newspaper,Digital Advertisement,Through Recommendations,Receive More Updates About Our Courses,Tags,"
            + "Lead Quality,Update me on Supply Chain Content,Get updates on DM Content,Lead Profile,City,"
            + "Asymmetrique Activity Index,Asymmetrique Profile Index,Asymmetrique Activity Score,"
            + "Asymmetrique Profile Score,I agree to pay the amount through cheque,"
            + "A free copy of Mastering The Interview,Last Notable Activity";
    /** The file's second data row, as it is. */
    private static final String ORGANIC_SEARCH_LEAD = "2a272436-5132-4136-86fa-dcc88c88f482,660728,API,Organic Search,"
            + "No,No,0,5,674,2.5,Email Opened,India,Select,Select,Unemployed,Better Career Prospects,No,No,No,No,No,No,"
            + "No,No,Ringing,,No,No,Select,Select,02.Medium,02.Medium,15,15,No,No,Email Opened";

    /** Counts web visits, pages and minutes, one point each, so the score's explanation reports them. */
    private static final Agreement MEASURES = AgreementFileReader.parse("measures.yaml", """
            agreement:
              name: Web measures
              version: "1"
              effective: 2026-01-01
              term:
                months: 12
            scoring:
              threshold: 1
              rules:
                - {id: visits, metric: visits, each: 1, cap: 100000}
                - {id: pages, metric: page-views, each: 1, cap: 100000}
            """).orThrow();

    private static XEducationLead lead(String... columnsAndValues) {
        Map<String, String> values = new LinkedHashMap<>(
                CsvTable.rows(HEADER + "\n" + ORGANIC_SEARCH_LEAD).get(0).values());
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            assertThat(values).containsKey(columnsAndValues[i]);
            values.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return XEducationLeads.lead(new CsvTable.Row(2, values));
    }

    private static List<Activity> activities(XEducationLead lead) {
        return lead.commands().stream().filter(Command.RecordActivity.class::isInstance)
                .map(c -> ((Command.RecordActivity) c).activity()).toList();
    }

    private static List<Activity> pageViews(XEducationLead lead) {
        return activities(lead).stream().filter(a -> a.type() == ActivityType.PAGE_VIEW).toList();
    }

    private static long measured(XEducationLead lead, String rule) {
        var state = Replay.run(new LeadEngine(MEASURES), lead.id(), lead.commands()).state();
        Score score = new Scorer(MEASURES).score(state, lead.reviewAt());
        return score.contributions().stream().filter(c -> c.rule().equals(rule))
                .mapToLong(ScoreContribution::occurrences).findFirst().orElse(0);
    }

    @Test
    void the_first_command_captures_what_the_lead_told_us_and_leaves_out_select_and_blanks() {
        XEducationLead lead = lead();
        assertThat(lead.id()).isEqualTo("2a272436-5132-4136-86fa-dcc88c88f482");
        assertThat(lead.commands().get(0)).isInstanceOfSatisfying(Command.UpdateAttributes.class, capture -> {
            assertThat(capture.changes()).containsEntry("source", "Organic Search").containsEntry("offer", "API")
                    .containsEntry("country", "India").containsEntry("occupation", "Unemployed")
                    .containsEntry("doNotEmail", "No").containsEntry("tags", "Ringing")
                    .doesNotContainKeys("industry", "city", "heardAbout", "leadProfile", "leadQuality");
            assertThat(capture.changes().values()).doesNotContain("Select", "");
            assertThat(capture.at()).isEqualTo(XEducationLeads.BASE.plus(Duration.ofMinutes(660_728 - 579_533)));
        });
    }

    @Test
    void the_outcome_stays_beside_the_lead_and_never_among_its_attributes() {
        XEducationLead lead = lead("Converted", "1");
        assertThat(lead.converted()).isTrue();
        Command.UpdateAttributes capture = (Command.UpdateAttributes) lead.commands().get(0);
        assertThat(capture.changes().keySet()).noneMatch(name -> name.toLowerCase(Locale.ROOT).contains("convert"));
    }

    @Test
    void the_rebuilt_page_views_give_back_the_visits_pages_and_seconds_of_the_row() {
        XEducationLead lead = lead();
        assertThat(measured(lead, "visits")).isEqualTo(5);
        assertThat(measured(lead, "pages")).isEqualTo(13); // 5 visits × 2.5 pages, rounded
        assertThat(pageViews(lead).stream().mapToInt(Activity::durationSeconds).sum()).isEqualTo(674);
    }

    @Test
    void a_long_stay_on_few_pages_stays_one_visit_and_many_visits_stay_apart() {
        XEducationLead lead = lead("TotalVisits", "27", "Page Views Per Visit", "1.33", "Total Time Spent on Website",
                "2272");
        assertThat(measured(lead, "visits")).isEqualTo(27);
        assertThat(measured(lead, "pages")).isEqualTo(36);
        assertThat(pageViews(lead).stream().mapToInt(Activity::durationSeconds).sum()).isEqualTo(2272);
        XEducationLead longRead = lead("TotalVisits", "1", "Page Views Per Visit", "2", "Total Time Spent on Website",
                "5000");
        assertThat(measured(longRead, "visits")).isEqualTo(1);
    }

    @Test
    void time_on_the_site_without_recorded_visits_is_one_visit_of_one_page() {
        XEducationLead lead = lead("TotalVisits", "", "Page Views Per Visit", "", "Total Time Spent on Website", "300");
        assertThat(pageViews(lead)).singleElement().extracting(Activity::durationSeconds).isEqualTo(300);
        assertThat(pageViews(lead("TotalVisits", "0", "Page Views Per Visit", "0", "Total Time Spent on Website", "0")))
                .isEmpty();
    }

    @Test
    void a_form_origin_is_a_form_fill_and_the_free_guide_a_content_registration_at_creation() {
        XEducationLead lead = lead("Lead Origin", "Lead Add Form", "A free copy of Mastering The Interview", "Yes");
        Activity form = activities(lead).get(0);
        Activity guide = activities(lead).get(1);
        assertThat(form.type()).isEqualTo(ActivityType.FORM_FILL);
        assertThat(form.subject()).isEqualTo("Lead Add Form");
        assertThat(guide.type()).isEqualTo(ActivityType.CONTENT_REGISTRATION);
        assertThat(guide.subject()).isEqualTo("Mastering The Interview");
        assertThat(form.at()).isEqualTo(lead.commands().get(0).at()).isEqualTo(guide.at());
        assertThat(activities(lead("Lead Origin", "API"))).noneMatch(a -> a.type() == ActivityType.FORM_FILL);
    }

    @Test
    void the_last_notable_activity_comes_after_the_visits_and_the_last_activity_after_it() {
        XEducationLead lead = lead("Last Notable Activity", "Email Link Clicked", "Last Activity", "Unsubscribed");
        List<Activity> all = activities(lead);
        Activity lastView = pageViews(lead).getLast();
        assertThat(all.get(all.size() - 2).type()).isEqualTo(ActivityType.EMAIL_CLICK);
        assertThat(all.getLast().type()).isEqualTo(ActivityType.UNSUBSCRIBE);
        assertThat(all.get(all.size() - 2).at()).isAfter(lastView.at());
        assertThat(all.getLast().at()).isAfter(all.get(all.size() - 2).at());
        assertThat(lead.reviewAt()).isEqualTo(all.getLast().at().plus(XEducationLead.REVIEW_DELAY));
    }

    @Test
    void the_same_activity_in_both_columns_happened_once() {
        assertThat(activities(lead()).stream().filter(a -> a.type() == ActivityType.EMAIL_OPEN)).hasSize(1);
    }

    @Test
    void counsellors_messages_and_calls_are_sales_touches_not_the_leads_engagement() {
        assertThat(activities(lead("Last Activity", "SMS Sent", "Last Notable Activity", "Modified")).getLast())
                .satisfies(a -> {
                    assertThat(a.type()).isEqualTo(ActivityType.SALES_EMAIL);
                    assertThat(a.outcome()).isEqualTo("sms sent");
                });
        assertThat(activities(lead("Last Activity", "Olark Chat Conversation")).getLast().type())
                .isEqualTo(ActivityType.CONTACT_SALES);
    }

    @Test
    void a_page_visit_already_among_the_rebuilt_visits_is_not_added_again() {
        XEducationLead visited = lead("Last Activity", "Page Visited on Website", "Last Notable Activity", "Modified");
        assertThat(pageViews(visited)).hasSize(13);
        XEducationLead noVisits = lead("Last Activity", "Page Visited on Website", "TotalVisits", "0",
                "Page Views Per Visit", "0", "Total Time Spent on Website", "0");
        assertThat(pageViews(noVisits)).hasSize(1);
    }

    @Test
    void the_same_row_always_gives_the_same_commands() {
        assertThat(lead().commands()).isEqualTo(lead().commands());
    }

    @Test
    void an_activity_name_the_mapping_does_not_know_is_refused_not_dropped() {
        assertThatThrownBy(() -> lead("Last Activity", "Sent a Carrier Pigeon"))
                .hasMessageContaining("unknown activity name 'Sent a Carrier Pigeon'");
    }
}
