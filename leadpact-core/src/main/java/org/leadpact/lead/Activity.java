package org.leadpact.lead;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing a lead or rep did, at a moment. Only the fields that make sense for the type are set:
 * {@code url} for page views and e-mail clicks, {@code subject} for the content, webinar or e-mail
 * involved, {@code question}/{@code answer} for form questions, {@code outcome} and {@code actor} (the rep)
 * for sales touches.
 */
public record Activity(ActivityType type, Instant at, String url, String subject, String campaign,
                       String question, String answer, int durationSeconds, String outcome, String actor) {

    public Activity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        if (durationSeconds < 0) {
            throw new IllegalArgumentException("durationSeconds must not be negative");
        }
    }

    public Activity(ActivityType type, Instant at, String url, String subject, String campaign, String question,
                    String answer, int durationSeconds, String outcome) {
        this(type, at, url, subject, campaign, question, answer, durationSeconds, outcome, null);
    }

    public static Activity of(ActivityType type, Instant at) {
        return new Activity(type, at, null, null, null, null, null, 0, null);
    }

    public static Activity pageView(Instant at, String url, int durationSeconds) {
        return new Activity(ActivityType.PAGE_VIEW, at, url, null, null, null, null, durationSeconds, null);
    }

    public Activity withUrl(String newUrl) {
        return new Activity(type, at, newUrl, subject, campaign, question, answer, durationSeconds, outcome, actor);
    }

    public Activity withSubject(String newSubject) {
        return new Activity(type, at, url, newSubject, campaign, question, answer, durationSeconds, outcome, actor);
    }

    public Activity withCampaign(String newCampaign) {
        return new Activity(type, at, url, subject, newCampaign, question, answer, durationSeconds, outcome, actor);
    }

    public Activity withAnswer(String newQuestion, String newAnswer) {
        return new Activity(type, at, url, subject, campaign, newQuestion, newAnswer, durationSeconds, outcome, actor);
    }

    public Activity by(String rep) {
        return new Activity(type, at, url, subject, campaign, question, answer, durationSeconds, outcome, rep);
    }

    public Activity withOutcome(String newOutcome) {
        return new Activity(type, at, url, subject, campaign, question, answer, durationSeconds, newOutcome, actor);
    }
}
