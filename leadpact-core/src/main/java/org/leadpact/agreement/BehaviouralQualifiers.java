package org.leadpact.agreement;

import java.util.List;

/** Any one of these actions shows buying intent; {@code rule} says how intent combines with the score. */
public record BehaviouralQualifiers(List<Intent> anyOf, QualificationRule rule) {
    public BehaviouralQualifiers {
        anyOf = List.copyOf(anyOf);
        if (rule == null) {
            rule = QualificationRule.BEHAVIOUR_OR_SCORE;
        }
    }
}
