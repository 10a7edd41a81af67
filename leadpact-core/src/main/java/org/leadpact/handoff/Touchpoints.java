package org.leadpact.handoff;

import org.leadpact.lead.Activity;

/** An activity in the words a rep reads before calling: which page, which content, which e-mail. */
final class Touchpoints {
    private Touchpoints() {
    }

    /** What the lead did beyond the activity's type; null when the type says it all (a demo request). */
    static String describe(Activity a) {
        return switch (a.type()) {
            case PAGE_VIEW -> orElse(a.url(), "a page") + (a.durationSeconds() > 0 ? " for " + a.durationSeconds() + " s" : "");
            case EMAIL_OPEN, EMAIL_CLICK -> joined(orElse(a.subject(), orElse(a.campaign(), "an e-mail")), a.url());
            case QUESTION_ANSWERED -> orElse(a.question(), "a question") + " → " + orElse(a.answer(), "(no answer)");
            default -> {
                String what = orElse(a.subject(), orElse(a.url(), a.campaign()));
                yield what == null ? null : joined(what, a.subject() != null ? a.url() : null);
            }
        };
    }

    private static String joined(String first, String second) {
        return second == null ? first : first + " (" + second + ")";
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
