package org.leadpact.app.lead;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.leadpact.agreement.Disposition;
import org.leadpact.agreement.RecycleReason;
import org.leadpact.app.document.Binder;
import org.leadpact.app.document.YamlNode;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lifecycle.Command;

/**
 * Reads one event of a lead's history, an activity or an action, from a document node: the same
 * shape in lead files and in API requests. Problems go to the binder with their paths.
 */
public final class CommandReader {
    /** Every key an event may carry; which apply depends on its type. */
    public static final String[] KEYS = {"at", "type", "url", "subject", "campaign", "question", "answer",
        "durationSeconds", "outcome", "set", "source", "rep", "actor", "why", "disposition", "note", "stage", "amount",
        "reason"};
    /** The action types (every other {@code type} is an {@link ActivityType} code). */
    public static final List<String> ACTIONS = List.of("attributes", "hand-off", "disposition", "open-opportunity",
            "opportunity-stage", "close-won", "close-lost", "recycle", "disqualify", "reevaluate");

    private CommandReader() {
    }

    /** Reads {@code at}, {@code type} and the keys of that type; the caller reports unknown keys. */
    public static Command command(Binder b, Binder.Obj o) {
        return command(b, o, null, null);
    }

    /**
     * As above; when {@code defaultAt} is given, {@code at} may be left out and means then. When
     * {@code actor} is given (an authenticated caller), it is who acted, and an {@code actor} key in the
     * document is an error: nobody acts in someone else's name.
     */
    public static Command command(Binder b, Binder.Obj o, Instant defaultAt, String actor) {
        Instant at = o.get("at", defaultAt == null, b::instant, defaultAt);
        String type = o.get("type", true, b::text);
        Command command = null;
        if (type != null && at != null) {
            var activityType = ActivityType.fromCode(type);
            command = activityType.isPresent() ? activity(b, o, activityType.get(), at, actor)
                    : action(b, o, type, at, actor);
        } else {
            o.keys().forEach(o::optional);
        }
        return command;
    }

    private static String actor(Binder b, Binder.Obj o, String actor, String fallback) {
        return actor != null ? actor : o.get("actor", false, b::text, fallback);
    }

    private static Command activity(Binder b, Binder.Obj o, ActivityType type, Instant at, String actor) {
        Integer seconds = o.get("durationSeconds", false, b::wholeNumber, 0);
        return b.attempt(o.node(), o.path(), () -> new Command.RecordActivity(new Activity(type, at,
                o.get("url", false, b::text), o.get("subject", false, b::text), o.get("campaign", false, b::text),
                o.get("question", false, b::text), o.get("answer", false, b::text), seconds,
                o.get("outcome", false, (n, p) -> outcome(b, n, p)), actor(b, o, actor, null))));
    }

    /** Free text, except that "call-back ..." must name the date the lead asked for (it pauses SLA clocks). */
    private static String outcome(Binder b, YamlNode node, String path) {
        String text = b.text(node, path);
        if (text != null && !org.leadpact.sla.CallBack.readable(text)) {
            b.problem(node, path, "'" + text + "': a call-back names its date, like \"call-back 2027-03-22\" or "
                    + "\"call-back 2027-03-22T15:00:00Z\"");
            return null;
        }
        return text;
    }

    private static Command action(Binder b, Binder.Obj o, String type, Instant at, String caller) {
        String actor = actor(b, o, caller, "lead file");
        return switch (type) {
            case "attributes" -> new Command.UpdateAttributes(at,
                    o.get("set", true, (n, p) -> LeadFileReader.attributes(b, n, p), Map.of()), o.get("source", false, b::text));
            case "hand-off" -> new Command.HandOff(at, o.get("rep", true, b::text), actor, o.get("why", false, b::text));
            case "disposition" -> new Command.SetDisposition(at, o.get("disposition", true, (n, p) -> b.word(n, p,
                    Disposition::fromCode, String.join(", ", Disposition.codes()))), actor, o.get("note", false, b::text));
            case "open-opportunity" -> new Command.OpenOpportunity(at, actor);
            case "opportunity-stage" -> new Command.MoveOpportunityStage(at, o.get("stage", true, b::text), actor);
            case "close-won" -> new Command.CloseWon(at, o.get("amount", true, (n, p) -> {
                Double amount = b.number(n, p);
                return amount == null ? null : BigDecimal.valueOf(amount);
            }), actor);
            case "close-lost" -> new Command.CloseLost(at, o.get("reason", true, b::text), actor);
            case "recycle" -> new Command.Recycle(at, o.get("reason", true, (n, p) -> b.word(n, p,
                    RecycleReason::fromCode, String.join(", ", RecycleReason.codes()))), actor,
                    o.get("note", false, b::text));
            case "disqualify" -> new Command.Disqualify(at, actor, o.get("reason", false, b::text));
            case "reevaluate" -> new Command.Reevaluate(at);
            default -> {
                b.problem(o.node(), o.path("type"), "'" + type + "' is neither an activity (" + ActivityType.allCodes()
                        + ") nor an action (" + String.join(", ", ACTIONS) + ")");
                o.keys().forEach(o::optional);
                yield null;
            }
        };
    }
}
