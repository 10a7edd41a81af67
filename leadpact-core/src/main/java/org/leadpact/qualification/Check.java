package org.leadpact.qualification;

/** One criterion of the qualified-lead definition, whether the lead meets it, and why, in words. */
public record Check(Kind kind, String clause, boolean met, String words) {

    public enum Kind { REQUIRED_INFORMATION, DEMOGRAPHIC, BEHAVIOUR, SCORE, FAST_TRACK, NEW_ENGAGEMENT }

    /** Missing data, as opposed to intent: marketing can append it. */
    public boolean isProfile() {
        return kind == Kind.REQUIRED_INFORMATION || kind == Kind.DEMOGRAPHIC;
    }
}
