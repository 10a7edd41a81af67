package org.leadpact.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadpact.LeadFixture.T0;
import static org.leadpact.LeadFixture.minutes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leadpact.AgreementFixture;
import org.leadpact.LeadFixture;
import org.leadpact.agreement.QualificationRule;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityRecorded;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.AttributesChanged;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;

class QualifierTest {
    private final Qualifier qualifier = new Qualifier(AgreementFixture.classic());

    private static LeadState lead(Map<String, String> attributes, Activity... activities) {
        List<LeadEvent> events = new java.util.ArrayList<>();
        events.add(new AttributesChanged(T0, attributes, "form"));
        for (Activity a : activities) {
            events.add(new ActivityRecorded(a));
        }
        return LeadState.fold("lead-1", events);
    }

    private static Map<String, String> directorWith(String... overrides) {
        Map<String, String> a = new HashMap<>(LeadFixture.marketingDirectorAt500EmployeeFirm());
        for (int i = 0; i < overrides.length; i += 2) {
            a.put(overrides[i], overrides[i + 1]);
        }
        return a;
    }

    @Test
    void a_fitting_lead_with_complete_data_and_a_behavioural_qualifier_is_qualified() {
        Qualification q = qualifier.assess(lead(directorWith(), Activity.of(ActivityType.WEBINAR_REGISTRATION, T0)), T0);
        assertThat(q.verdict()).isEqualTo(Verdict.QUALIFIED);
        assertThat(q.route()).startsWith("behaviour (webinar-registration");
        assertThat(q.routeClause()).isEqualTo("behaviouralQualifiers");
        assertThat(q.agreementVersion()).isEqualTo("1");
    }

    @Test
    void a_lead_a_profile_gap_keeps_out_is_not_qualified_at_once_and_near_qualified_when_asked() {
        // No phone: one gap. A demo request makes it near-qualified; the second assessment knows the
        // gap from the lead's running memo and leaves near-or-not until asked.
        LeadState first = lead(directorWith("phone", ""), Activity.of(ActivityType.DEMO_REQUEST, T0));
        assertThat(qualifier.assess(first, T0).verdict()).isEqualTo(Verdict.NEAR_QUALIFIED);
        LeadState later = first.apply(new ActivityRecorded(Activity.of(ActivityType.EMAIL_OPEN, minutes(5))));
        Qualification q = qualifier.assess(later, minutes(5));
        assertThat(q.qualified()).isFalse();
        assertThat(q.verdict()).isEqualTo(Verdict.NEAR_QUALIFIED);
        assertThat(q).isEqualTo(qualifier.assessFully(later, minutes(5)));
        assertThat(q.missing()).contains("phone");
        assertThat(q.summary()).startsWith("near-qualified: ");
    }

    @Test
    void a_fitting_lead_without_intent_is_not_qualified_and_says_so() {
        Qualification q = qualifier.assess(lead(directorWith()), T0);
        assertThat(q.verdict()).isEqualTo(Verdict.NOT_QUALIFIED);
        assertThat(q.failed()).extracting(Check::kind).contains(Check.Kind.BEHAVIOUR, Check.Kind.SCORE);
        assertThat(q.summary()).contains("no behavioural qualifier").contains("below the threshold 60");
    }

    @Test
    void a_free_mail_address_is_not_a_business_email() {
        Qualification q = qualifier.assess(lead(directorWith("email", "dana@gmail.com"),
                Activity.of(ActivityType.WEBINAR_REGISTRATION, T0)), T0);
        assertThat(q.verdict()).isEqualTo(Verdict.NEAR_QUALIFIED);
        assertThat(q.missing()).contains("gmail.com is a free-mail domain");
    }

    @Test
    void a_lead_missing_exactly_one_required_field_is_near_qualified_and_the_field_is_named() {
        Map<String, String> noPhone = directorWith();
        noPhone.remove("phone");
        Qualification q = qualifier.assess(lead(noPhone, Activity.of(ActivityType.WEBINAR_REGISTRATION, T0)), T0);
        assertThat(q.verdict()).isEqualTo(Verdict.NEAR_QUALIFIED);
        assertThat(q.missing()).isEqualTo("phone missing");
        assertThat(q.summary()).isEqualTo("near-qualified: phone missing");
    }

    @Test
    void a_lead_missing_one_demographic_attribute_is_near_qualified_too() {
        Map<String, String> noSize = directorWith();
        noSize.remove("employees");
        Qualification q = qualifier.assess(lead(noSize, Activity.of(ActivityType.WEBINAR_REGISTRATION, T0)), T0);
        assertThat(q.verdict()).isEqualTo(Verdict.NEAR_QUALIFIED);
        assertThat(q.missing()).isEqualTo("employees missing");
    }

    @Test
    void two_gaps_make_a_lead_not_qualified_rather_than_near() {
        Map<String, String> gaps = directorWith();
        gaps.remove("employees");
        gaps.remove("phone");
        Qualification q = qualifier.assess(lead(gaps, Activity.of(ActivityType.WEBINAR_REGISTRATION, T0)), T0);
        assertThat(q.verdict()).isEqualTo(Verdict.NOT_QUALIFIED);
    }

    @Test
    void a_lead_without_intent_is_never_near_qualified() {
        Map<String, String> noPhone = directorWith();
        noPhone.remove("phone");
        assertThat(qualifier.assess(lead(noPhone), T0).verdict()).isEqualTo(Verdict.NOT_QUALIFIED);
    }

    @Test
    void the_target_buyer_is_checked_criterion_by_criterion() {
        Activity intent = Activity.of(ActivityType.WEBINAR_REGISTRATION, T0);
        assertThat(qualifier.assess(lead(directorWith("employees", "40"), intent), T0).missing())
                .isEqualTo("employees 40 outside 100 or more");
        assertThat(qualifier.assess(lead(directorWith("country", "Germany"), intent), T0).missing())
                .isEqualTo("HQ country Germany is not in North America");
        assertThat(qualifier.assess(lead(directorWith("country", "CA"), intent), T0).qualified()).isTrue();
        assertThat(qualifier.assess(lead(directorWith("industry", "government"), intent), T0).missing())
                .isEqualTo("industry government is excluded");
        assertThat(qualifier.assess(lead(directorWith("title", "Director of Sales"), intent), T0).missing())
                .startsWith("title 'Director of Sales' does not fit");
    }

    @Test
    void title_levels_match_whole_words_only() {
        Activity intent = Activity.of(ActivityType.WEBINAR_REGISTRATION, T0);
        assertThat(qualifier.assess(lead(directorWith("title", "VP Marketing"), intent), T0).qualified()).isTrue();
        assertThat(qualifier.assess(lead(directorWith("title", "Marketing MVP award winner"), intent), T0)
                .qualified()).isFalse();
    }

    @Test
    void a_fast_track_action_qualifies_a_fitting_lead_whatever_its_score() {
        Qualifier strict = new Qualifier(AgreementFixture.classic(QualificationRule.BEHAVIOUR_AND_SCORE));
        Qualification q = strict.assess(lead(directorWith(), Activity.of(ActivityType.DEMO_REQUEST, T0)), T0);
        assertThat(q.score().reachesThreshold()).isFalse();
        assertThat(q.verdict()).isEqualTo(Verdict.QUALIFIED);
        assertThat(q.route()).startsWith("fast-track (demo-request");
        assertThat(q.routeClause()).isEqualTo("fastTrack");
    }

    @Test
    void a_fast_track_action_does_not_qualify_a_lead_outside_the_target_buyer() {
        Qualification q = qualifier.assess(lead(directorWith("employees", "12", "country", "France"),
                Activity.of(ActivityType.DEMO_REQUEST, T0)), T0);
        assertThat(q.verdict()).isEqualTo(Verdict.NOT_QUALIFIED);
    }

    @Test
    void behaviour_and_score_needs_both() {
        Qualifier strict = new Qualifier(AgreementFixture.classic(QualificationRule.BEHAVIOUR_AND_SCORE));
        LeadState registeredOnly = lead(directorWith(), Activity.of(ActivityType.WEBINAR_REGISTRATION, T0));
        assertThat(strict.assess(registeredOnly, T0).qualified()).isFalse();
        LeadState engaged = lead(directorWith(), Activity.of(ActivityType.WEBINAR_REGISTRATION, T0),
                Activity.of(ActivityType.CONTENT_REGISTRATION, minutes(1)),
                Activity.of(ActivityType.CONTENT_REGISTRATION, minutes(2)),
                Activity.of(ActivityType.WEBINAR_ATTENDED, minutes(3)),
                Activity.pageView(minutes(3), "https://acme.example/pricing", 0));
        Qualification q = strict.assess(engaged, minutes(3));
        assertThat(q.score().total().value()).isEqualTo(67.0);
        assertThat(q.qualified()).isTrue();
        assertThat(q.route()).contains("and score 67 ≥ 60");
    }

    @Test
    void score_alone_qualifies_under_behaviour_or_score() {
        LeadState engaged = lead(directorWith(), Activity.of(ActivityType.CONTENT_REGISTRATION, T0),
                Activity.of(ActivityType.CONTENT_REGISTRATION, minutes(1)),
                Activity.of(ActivityType.WEBINAR_ATTENDED, minutes(2)),
                Activity.pageView(minutes(2), "https://acme.example/pricing", 0));
        Qualifier scoreOnly = new Qualifier(AgreementFixture.classic(QualificationRule.SCORE));
        Qualification q = scoreOnly.assess(engaged, minutes(3));
        assertThat(q.qualified()).isTrue();
        assertThat(q.routeClause()).isEqualTo("scoring.threshold");
    }

    @Test
    void a_question_answered_yes_shows_intent() {
        Activity answered = Activity.of(ActivityType.FORM_FILL, T0).withAnswer("Do you want to hear more?", "Yes");
        assertThat(qualifier.assess(lead(directorWith(), answered), T0).qualified()).isTrue();
        Activity declined = Activity.of(ActivityType.FORM_FILL, T0).withAnswer("Do you want to hear more?", "no");
        assertThat(qualifier.assess(lead(directorWith(), declined), T0).qualified()).isFalse();
    }

    @Test
    void invalid_contact_data_is_named() {
        Activity intent = Activity.of(ActivityType.WEBINAR_REGISTRATION, T0);
        assertThat(qualifier.assess(lead(directorWith("phone", "call me"), intent), T0).missing())
                .isEqualTo("phone 'call me' is not valid");
        assertThat(qualifier.assess(lead(directorWith("website", "not a site"), intent), T0).missing())
                .isEqualTo("website 'not a site' is not valid");
        Map<String, String> firstNameOnly = directorWith();
        firstNameOnly.remove("lastName");
        assertThat(qualifier.assess(lead(firstNameOnly, intent), T0).missing())
                .isEqualTo("full name (first and last) missing");
    }
}
