package org.leadpact.agreement;

import java.util.List;
import java.util.Optional;
import org.leadpact.words.Codes;

/**
 * How buying intent combines with the score. In every case the lead must also fit the target buyer
 * and carry the required information, and a fast-track action qualifies a fitting lead at once.
 */
public enum QualificationRule {
    /** A behavioural qualifier or a score at the threshold is enough (the default). */
    BEHAVIOUR_OR_SCORE,
    /** Both a behavioural qualifier and a score at the threshold. */
    BEHAVIOUR_AND_SCORE,
    /** A behavioural qualifier alone; the score only ranks. */
    BEHAVIOUR,
    /** The score alone; behavioural qualifiers are ignored. */
    SCORE;

    public String code() {
        return Codes.code(this);
    }

    public static Optional<QualificationRule> fromCode(String code) {
        return Codes.fromCode(QualificationRule.class, code);
    }

    public static List<String> codes() {
        return Codes.codes(QualificationRule.class);
    }

    public boolean usesBehaviour() {
        return this != SCORE;
    }

    public boolean usesScore() {
        return this != BEHAVIOUR;
    }

    public boolean intentMet(boolean behaviour, boolean score) {
        return switch (this) {
            case BEHAVIOUR_OR_SCORE -> behaviour || score;
            case BEHAVIOUR_AND_SCORE -> behaviour && score;
            case BEHAVIOUR -> behaviour;
            case SCORE -> score;
        };
    }
}
