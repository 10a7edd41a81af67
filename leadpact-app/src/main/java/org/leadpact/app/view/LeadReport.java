package org.leadpact.app.view;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadpact.agreement.Agreement;
import org.leadpact.lead.ActivityRecorded;
import org.leadpact.lead.AttributesChanged;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.OpportunityStageMoved;
import org.leadpact.lead.OwnerAssigned;
import org.leadpact.lead.StageChanged;
import org.leadpact.lifecycle.Outcome;
import org.leadpact.words.Codes;
import org.leadpact.qualification.Check;
import org.leadpact.qualification.Qualification;
import org.leadpact.scoring.Score;
import org.leadpact.scoring.ScoreContribution;

/** One lead's stage, score, verdict and timeline, for people (text) and for programs (JSON). */
public record LeadReport(Agreement agreement, LeadState lead, Qualification qualification, List<Refused> refusals,
                  Instant at) {

    /** An event of the lead file the engine refused, named by where it stands in the file. */
    public record Refused(String source, Outcome.Rejected rejection) {
    }

    public void printText(PrintWriter out) {
        Score s = qualification.score();
        out.printf("Lead %s%s at %s, agreement \"%s\" v%s%n", lead.id(), who(), at, agreement.name(), agreement.version());
        out.printf("Stage: %s%s%n", lead.stage().code(), lead.owner() == null ? "" : " (owner " + lead.owner() + ")");
        out.printf("Score: %s%s, threshold %d%s%n", s.total(), s.band() == null ? "" : " (band " + s.band() + ")",
                s.threshold(), lead.lastRecycledAt() == null ? "" : " (engagement since the recycle on "
                        + lead.lastRecycledAt() + ")");
        for (ScoreContribution c : s.contributions()) {
            out.printf("  %7s  %-22s %s  [%s]%n", signed(c.points().toString()), c.rule(), c.reason(), c.clause());
        }
        out.printf("Verdict: %s%n", qualification.summary());
        for (Check c : qualification.checks()) {
            out.printf("  %s %s  [%s]%n", c.met() ? "✓" : "✗", c.words(), c.clause());
        }
        out.println("Timeline:");
        for (LeadEvent e : lead.history()) {
            out.printf("  %s  %s%n", e.at(), describe(e));
        }
        for (Refused r : refusals) {
            out.printf("Refused %s: %s  [%s]%n", r.source(), r.rejection().reason(), r.rejection().rule());
        }
    }

    private String who() {
        String name = lead.attributes().fullName().orElse(null);
        String company = lead.attributes().text("company").orElse(null);
        if (name == null && company == null) {
            return "";
        }
        return " (" + (name == null ? "" : name) + (name != null && company != null ? ", " : "")
                + (company == null ? "" : company) + ")";
    }

    private static String signed(String points) {
        return points.startsWith("-") || points.equals("0") ? points : "+" + points;
    }

    public static String describe(LeadEvent e) {
        return switch (e) {
            case ActivityRecorded a -> a.activity().type().code()
                    + (a.activity().url() == null ? "" : " " + a.activity().url())
                    + (a.activity().subject() == null ? "" : " \"" + a.activity().subject() + "\"")
                    + (a.activity().question() == null ? "" : " \"" + a.activity().question() + "\" = "
                    + a.activity().answer())
                    + (a.activity().durationSeconds() == 0 ? "" : " (" + a.activity().durationSeconds() + " s)")
                    + (a.activity().outcome() == null ? "" : ": " + a.activity().outcome())
                    + (a.activity().actor() == null ? "" : " by " + a.activity().actor());
            case AttributesChanged c -> "attributes " + c.changes().keySet()
                    + (c.source() == null ? "" : " from " + c.source());
            case StageChanged c -> "stage " + c.from().code() + " → " + c.to().code() + " (" + c.transition() + " by "
                    + c.actor() + "): " + c.reason() + " [v" + c.agreementVersion()
                    + (c.clause() == null ? "" : ", " + c.clause()) + "]";
            case OwnerAssigned o -> "owner " + o.owner() + " (by " + o.actor() + "): " + o.reason() + " [v"
                    + o.agreementVersion() + (o.clause() == null ? "" : ", " + o.clause()) + "]";
            case OpportunityStageMoved m -> "opportunity stage " + m.stage() + " (" + m.probability() + "%)";
        };
    }

    public Map<String, Object> toJson() {
        Score s = qualification.score();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("lead", lead.id());
        json.put("at", at.toString());
        json.put("agreement", ordered("name", agreement.name(), "version", agreement.version()));
        json.put("stage", lead.stage().code());
        json.put("owner", lead.owner());
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("total", s.total().toBigDecimal());
        score.put("band", s.band());
        score.put("threshold", s.threshold());
        List<Map<String, Object>> contributions = new ArrayList<>();
        for (ScoreContribution c : s.contributions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", c.rule());
            m.put("clause", c.clause());
            m.put("occurrences", c.occurrences());
            m.put("raw", c.raw().toBigDecimal());
            m.put("decayed", c.decayed().toBigDecimal());
            m.put("points", c.points().toBigDecimal());
            m.put("reason", c.reason());
            contributions.add(m);
        }
        score.put("contributions", contributions);
        json.put("score", score);
        Map<String, Object> verdict = new LinkedHashMap<>();
        verdict.put("verdict", qualification.verdict().code());
        verdict.put("summary", qualification.summary());
        verdict.put("route", qualification.route());
        verdict.put("missing", qualification.missing());
        verdict.put("checks", qualification.checks().stream().map(c -> ordered("kind", Codes.code(c.kind()),
                "clause", c.clause(), "met", c.met(), "words", c.words())).toList());
        json.put("qualification", verdict);
        json.put("timeline", lead.history().stream().map(e -> ordered("at", e.at().toString(), "event",
                describe(e))).toList());
        json.put("refused", refusals.stream().map(r -> ordered("event", r.source(), "rule", r.rejection().rule(),
                "reason", r.rejection().reason())).toList());
        return json;
    }

    /** A JSON object whose keys keep the order given, so output is the same on every run. */
    public static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
