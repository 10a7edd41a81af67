package org.leadpact.lead;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.leadpact.words.Codes;

/**
 * What a lead (or a rep, for sales touches) did. The names written in files are the kebab-case
 * {@link #code()}s; an agreement naming any other activity is rejected.
 */
public enum ActivityType {
    PAGE_VIEW(Kind.MARKETING),
    FORM_FILL(Kind.MARKETING),
    CONTENT_REGISTRATION(Kind.MARKETING),
    WEBINAR_REGISTRATION(Kind.MARKETING),
    WEBINAR_ATTENDED(Kind.MARKETING),
    EMAIL_OPEN(Kind.MARKETING),
    EMAIL_CLICK(Kind.MARKETING),
    QUESTION_ANSWERED(Kind.MARKETING),
    TRIAL_REQUEST(Kind.MARKETING),
    DEMO_REQUEST(Kind.MARKETING),
    CONTACT_SALES(Kind.MARKETING),
    INBOUND_CALL(Kind.MARKETING),
    INBOUND_EMAIL(Kind.MARKETING),
    UNSUBSCRIBE(Kind.MARKETING),
    SALES_CALL(Kind.SALES),
    SALES_EMAIL(Kind.SALES),
    SALES_MEETING(Kind.SALES);

    /** Marketing activities are the lead's engagement; sales activities are the rep's touches. */
    public enum Kind { MARKETING, SALES }

    private final Kind kind;

    ActivityType(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isSalesTouch() {
        return kind == Kind.SALES;
    }

    public String code() {
        return Codes.code(this);
    }

    public static Optional<ActivityType> fromCode(String code) {
        return Codes.fromCode(ActivityType.class, code);
    }

    public static String allCodes() {
        return Arrays.stream(values()).map(ActivityType::code).collect(Collectors.joining(", "));
    }
}
