package org.leadpact.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The leads of {@link FunnelReportTest} by source, over 2027-Q1, worked out by hand. */
class SourceReportTest {
    private final SourceReport q1 = SourceReport.compute(FunnelReportTest.all(), Range.period("2027-Q1"), Filter.NONE,
            Dimension.SOURCE);

    @Test
    void each_source_shows_its_leads_conversion_days_to_close_and_value_per_lead_and_per_mql() {
        assertThat(q1.rows()).extracting(SourceReport.Row::value).containsExactly("webinar", "(none)", "ads");
        assertThat(q1.rows().get(0)).isEqualTo(new SourceReport.Row("webinar", 2, 2, 1.0, 40.0, BigDecimal.valueOf(1000),
                new BigDecimal("500.00"), 3, 2, 0.6667, 38.0, BigDecimal.valueOf(1000), new BigDecimal("333.33")));
        assertThat(q1.rows().get(2)).isEqualTo(new SourceReport.Row("ads", 1, 0, 0.0, null, BigDecimal.ZERO,
                new BigDecimal("0.00"), 1, 0, 0.0, null, BigDecimal.ZERO, new BigDecimal("0.00")));
        assertThat(q1.rows().get(1).mqlConversionRate()).as("no MQLs: nothing to divide").isNull();
    }

    @Test
    void the_total_covers_every_lead_of_the_period() {
        assertThat(q1.total()).isEqualTo(new SourceReport.Row("total", 4, 2, 0.5, 40.0, BigDecimal.valueOf(1000),
                new BigDecimal("250.00"), 4, 2, 0.5, 38.0, BigDecimal.valueOf(1000), new BigDecimal("250.00")));
        assertThat(q1.sections().get(0).rows()).hasSize(4);
    }

    @Test
    void leads_group_by_campaign_the_same_way() {
        SourceReport byCampaign = SourceReport.compute(FunnelReportTest.all(), Range.period("2027-Q1"), Filter.NONE,
                Dimension.CAMPAIGN);
        assertThat(byCampaign.by()).isEqualTo("campaign");
        assertThat(byCampaign.rows()).singleElement().extracting(SourceReport.Row::value).isEqualTo("(none)");
    }
}
