package org.leadpact.agreement;

import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;

/**
 * One behavioural qualifier: an action that shows buying intent. Either an activity type
 * (optionally narrowed to a subject, e.g. one white paper), or a question answered a given way
 * ("Do you want to hear more?" = yes).
 */
public record Intent(ActivityType activity, Glob subject, String question, String answer) {
    public Intent {
        boolean byActivity = activity != null;
        boolean byQuestion = question != null;
        if (byActivity == byQuestion) {
            throw new IllegalArgumentException("a behavioural qualifier names an activity or a question, not both");
        }
        if (byQuestion && (answer == null || answer.isBlank())) {
            throw new IllegalArgumentException("a question qualifier needs the answer that qualifies");
        }
    }

    public static Intent activity(ActivityType type) {
        return new Intent(type, null, null, null);
    }

    public static Intent answered(String question, String answer) {
        return new Intent(null, null, question, answer);
    }

    public boolean shownBy(Activity a) {
        if (activity != null) {
            return a.type() == activity && (subject == null || subject.matches(a.subject()));
        }
        return a.question() != null && a.question().strip().equalsIgnoreCase(question.strip())
                && a.answer() != null && a.answer().strip().equalsIgnoreCase(answer.strip());
    }

    @Override
    public String toString() {
        if (activity != null) {
            return activity.code() + (subject == null ? "" : " of " + subject);
        }
        return "\"" + question + "\" answered " + answer;
    }
}
