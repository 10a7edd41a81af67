package org.leadpact.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.leadpact.lead.Stage;

class LeadFactsTest {
    @Test
    void facts_keep_every_stage_entered_with_its_day_and_where_the_lead_came_from() {
        LeadFacts f = Lead.created("a", 0, "source", "webinar", "company", "Contoso", "segment", "smb",
                "landingPage", "/pricing").qualify(2).handOff(3, "alice").open(5).win(9, 1200).facts();
        assertThat(f.stepCount()).isEqualTo(4);
        assertThat(f.stepTo(0)).isEqualTo(Stage.MQL);
        assertThat(f.stepAt(3)).isEqualTo(Lead.day(9).getEpochSecond());
        assertThat(f.stepFrom(2)).isEqualTo(Stage.HANDED_OFF);
        assertThat(f.wonAmount()).isEqualByComparingTo(BigDecimal.valueOf(1200));
        assertThat(f.source()).isEqualTo("webinar");
        assertThat(f.company()).isEqualTo("Contoso");
        assertThat(f.segment()).isEqualTo("smb");
        assertThat(f.landingPage()).isEqualTo("/pricing");
        assertThat(f.owner()).isEqualTo("alice");
        assertThat(f.moves()).extracting(OpportunityMove::stage).containsExactly("prospect");
    }

    @Test
    void the_last_sales_touch_counts_only_since_the_last_hand_off_and_the_rep_stays_after_a_recycle() {
        LeadFacts f = Lead.created("a", 0).qualify(1).handOff(1, "alice").touch(2).recycle(20).visit(30).qualify(30)
                .handOff(31, "bob").facts();
        assertThat(f.lastSalesTouch()).isEqualTo(LeadFacts.NEVER);
        assertThat(f.lastHandOff()).isEqualTo(Lead.day(31).getEpochSecond());
        assertThat(f.owner()).isEqualTo("bob");
        LeadFacts recycled = Lead.created("b", 0).qualify(1).handOff(1, "alice").touch(2).recycle(20).facts();
        assertThat(recycled.owner()).isEqualTo("alice");
        assertThat(recycled.stage()).isEqualTo(Stage.NURTURE);
    }

    @Test
    void facts_of_the_same_history_are_equal() {
        Lead lead = Lead.created("a", 0).qualify(1).handOff(2, "x").touch(3);
        assertThat(lead.facts()).isEqualTo(lead.facts()).hasSameHashCodeAs(lead.facts());
    }
}
