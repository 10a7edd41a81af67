package org.leadpact.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadpact.LeadFixture.T0;
import static org.leadpact.LeadFixture.captured;
import static org.leadpact.LeadFixture.days;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadpact.AgreementFixture;
import org.leadpact.LeadFixture;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;

class JoinActivitiesTest {
    private final LeadEngine engine = new LeadEngine(AgreementFixture.classic());

    @Test
    void a_visitors_earlier_activity_joins_the_lead_and_qualification_is_judged_once_at_the_join() {
        LeadState known = Replay.run(engine, "lead-1", List.of(captured(days(3), LeadFixture.marketingDirectorAt500EmployeeFirm())))
                .state();
        Outcome out = engine.handle(known, new Command.JoinActivities(days(3), List.of(
                Activity.pageView(T0, "https://acme.example/pricing", 60),
                Activity.of(ActivityType.WEBINAR_REGISTRATION, days(1)))));
        LeadState joined = ((Outcome.Accepted) out).state();
        assertThat(joined.activities()).hasSize(2);
        assertThat(joined.stage()).isEqualTo(Stage.MQL);
        StageChanged mql = joined.lastStageChange().orElseThrow();
        assertThat(mql.at()).as("judged when the data that makes the lead fit arrived").isEqualTo(days(3));
    }
}
