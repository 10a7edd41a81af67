package org.leadpact.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadpact.AgreementFixture;
import org.leadpact.lead.ActivityType;

class AgreementDiffTest {
    @Test
    void identical_agreements_have_no_changes() {
        assertThat(AgreementDiff.between(AgreementFixture.classic(), AgreementFixture.classic())).isEmpty();
    }

    @Test
    void changes_are_reported_clause_by_clause_in_words() {
        Agreement before = AgreementFixture.classic();
        List<ScoringRule> rules = new ArrayList<>(AgreementFixture.classicRules());
        rules.removeIf(r -> r.id().equals("unsubscribed"));
        rules.add(AgreementFixture.activity("webinar-reg", ActivityType.WEBINAR_REGISTRATION, null, 5, 10, null));
        ScoringModel s = before.scoring();
        Agreement after = new Agreement(AgreementFixture.identity("2"), before.signatures(), before.targetBuyer(),
                before.requiredInformation(), before.behaviouralQualifiers(),
                new ScoringModel(65, s.maximum(), s.bands(), rules, s.ignoredPages(), s.visitGap()), before.fastTrack(),
                null, null, null, null, null, null, null, null);
        List<String> words = AgreementDiff.between(before, after).stream().map(AgreementDiff.Change::words).toList();
        assertThat(words).containsExactly(
                "agreement.version: 1 → 2",
                "scoring.threshold: 60 → 65",
                "scoring.rules[unsubscribed]: removed (was -20 per unsubscribe)",
                "scoring.rules[webinar-reg]: added (+5 per webinar-registration, cap 10)");
    }

    @Test
    void reordering_rules_is_not_a_change() {
        Agreement before = AgreementFixture.classic();
        List<ScoringRule> reversed = new ArrayList<>(AgreementFixture.classicRules());
        java.util.Collections.reverse(reversed);
        ScoringModel s = before.scoring();
        Agreement after = new Agreement(before.identity(), before.signatures(), before.targetBuyer(),
                before.requiredInformation(), before.behaviouralQualifiers(),
                new ScoringModel(s.threshold(), s.maximum(), s.bands(), reversed, s.ignoredPages(), s.visitGap()),
                before.fastTrack(), null, null, null, null, null, null, null, null);
        assertThat(AgreementDiff.between(before, after)).isEmpty();
    }
}
