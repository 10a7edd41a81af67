package org.leadpact.agreement;

import java.util.List;
import java.util.Objects;

/** What both teams promise each other: a feedback meeting on a cadence, with an owner and an agenda. */
public record MutualSla(Period feedbackMeetingEvery, String owner, List<String> agenda) {
    public static final MutualSla DEFAULT = new MutualSla(Period.WEEK, "Marketing operations",
            List.of("metrics", "SLA compliance", "lead feedback", "wins and losses", "upcoming campaigns"));

    public MutualSla {
        Objects.requireNonNull(feedbackMeetingEvery, "feedbackMeeting.every");
        agenda = List.copyOf(agenda);
    }
}
