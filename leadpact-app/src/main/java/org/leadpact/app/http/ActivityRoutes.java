package org.leadpact.app.http;

import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadpact.app.document.Binder;
import org.leadpact.app.document.YamlNode;
import org.leadpact.app.lead.CommandReader;
import org.leadpact.app.service.Failure;
import org.leadpact.app.service.Leads;
import org.leadpact.app.store.Tokens.Role;
import org.leadpact.app.view.LeadReport;
import org.leadpact.lifecycle.Command;

/**
 * Ingest one activity or a batch of up to {@value #MAX_BATCH}. Each names its lead by exactly one of
 * {@code leadId}, {@code email}, {@code externalId} or {@code visitorId}, and may carry an
 * {@code eventId}: a redelivered event is reported as a duplicate and not recorded twice.
 *
 * <p>In a batch every item gets its own result, by index: a bad item ({@code invalid}), an unknown lead
 * ({@code unknown-lead}) or a refusal ({@code refused}) is reported in place and the others are still
 * recorded. An item whose event id is already in the log, or belongs to an earlier item of the same
 * batch that was recorded, is a {@code duplicate}. Items for the same lead are applied in the order
 * given; items for different leads do not depend on each other. All the items a batch records are
 * committed in one transaction (perhaps with other batches' items, see the service's group commit),
 * so after a crash either all of them are in the log or none is, and
 * when the answer (200) arrived they all are. Activities of anonymous visitors are {@code held} as
 * they come, before the rest is committed. Resending a batch whose answer was lost is safe when its
 * items carry event ids: those already recorded come back as duplicates.
 */
final class ActivityRoutes {
    static final int MAX_BATCH = 10_000;
    /** The keys that name an activity's lead; an item gives exactly one. */
    static final String[] REFS = {"leadId", "email", "externalId", "visitorId"};

    private final Leads leads;

    ActivityRoutes(Leads leads) {
        this.leads = leads;
    }

    /** One item of a request: what to record, or the problems that stop it. */
    record Item(Leads.LeadRef ref, Command.RecordActivity activity, String eventId,
                        List<Failure.FieldProblem> problems) {
        Leads.Incoming incoming() {
            return new Leads.Incoming(ref, activity.activity(), eventId);
        }
    }

    void register(Javalin app, Idempotency idempotency) {
        app.post("/api/v1/activities", idempotency.wrap(ctx -> {
            Access.require(ctx, Role.ADMIN, Role.MARKETING);
            List<Item> plain = PlainBatch.read(ctx.bodyAsBytes());
            if (plain != null) {
                answer(ctx, plain);
                return;
            }
            YamlNode body = Requests.json(ctx.body());
            boolean batch = body instanceof YamlNode.Mapping m && m.entries().containsKey("activities");
            if (!batch) {
                Item item = item(body, "");
                if (!item.problems().isEmpty()) {
                    throw new Problem.Raised(new Problem(400, "Invalid request", item.problems().size()
                            + " problem(s) in the body", null, item.problems()));
                }
                Map<String, Object> result = record(item, ApiServer.actor(ctx));
                ctx.status("duplicate".equals(result.get("status")) ? 200 : 201);
                AgreementRoutes.respond(ctx, result);
                return;
            }
            answer(ctx, batchItems(body));
        }));
    }

    /** The items of a batch read through the line-numbered tree, each with its problems. */
    static List<Item> batchItems(YamlNode body) {
        List<YamlNode> nodes = items(body);
        List<Item> items = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            items.add(item(nodes.get(i), "activities[" + i + "]"));
        }
        return items;
    }

    /** Records a batch's valid items and answers with what became of each, by index. */
    private void answer(io.javalin.http.Context ctx, List<Item> items) {
        List<Leads.Incoming> valid = new ArrayList<>(items.size());
        for (Item item : items) {
            if (item.problems().isEmpty()) {
                valid.add(item.incoming());
            }
        }
        Iterator<Leads.Result> outcomes = leads.recordAll(valid, ApiServer.actor(ctx)).iterator();
        List<Map<String, Object>> results = new ArrayList<>(items.size());
        int recorded = 0;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Map<String, Object> result = with("index", i, item.problems().isEmpty() ? explain(outcomes.next())
                    : LeadReport.ordered("status", "invalid", "errors", item.problems()));
            recorded += "recorded".equals(result.get("status")) || "held".equals(result.get("status")) ? 1 : 0;
            results.add(result);
        }
        AgreementRoutes.respond(ctx, LeadReport.ordered("received", items.size(), "recorded", recorded,
                "results", results));
    }

    /** The index first, then what happened to the item. */
    private static Map<String, Object> with(String key, Object value, Map<String, Object> rest) {
        Map<String, Object> result = LeadReport.ordered(key, value);
        result.putAll(rest);
        return result;
    }

    private static List<YamlNode> items(YamlNode body) {
        YamlNode list = ((YamlNode.Mapping) body).entries().get("activities").value();
        if (!(list instanceof YamlNode.Sequence s)) {
            throw new Problem.Raised(new Problem(400, "Invalid request", "activities must be a list", null,
                    List.of(new Failure.FieldProblem("activities", list.line(), "must be a list"))));
        }
        if (((YamlNode.Mapping) body).entries().size() != 1) {
            throw new Problem.Raised(Problem.of(400, "Invalid request", "a batch body holds only 'activities'"));
        }
        if (s.items().size() > MAX_BATCH) {
            throw new Problem.Raised(Problem.of(413, "Batch too large", s.items().size()
                    + " activities in one request; send at most " + MAX_BATCH));
        }
        return s.items();
    }

    private static Item item(YamlNode node, String path) {
        Binder b = new Binder();
        Binder.Obj o = b.obj(node, path);
        Map<String, String> refs = new LinkedHashMap<>();
        for (String ref : REFS) {
            String value = o.get(ref, false, b::text);
            if (value != null) {
                refs.put(ref, value);
            }
        }
        if (refs.size() != 1) {
            b.problem(node, path, "name the lead by exactly one of leadId, email, externalId, visitorId");
        }
        String eventId = o.get("eventId", false, b::text);
        Command command = CommandReader.command(b, o);
        String[] keys = new String[CommandReader.KEYS.length + REFS.length + 1];
        System.arraycopy(CommandReader.KEYS, 0, keys, 0, CommandReader.KEYS.length);
        System.arraycopy(REFS, 0, keys, CommandReader.KEYS.length, REFS.length);
        keys[keys.length - 1] = "eventId";
        o.done(keys);
        if (command != null && !(command instanceof Command.RecordActivity)) {
            b.problem(node, o.path("type"), "not an activity: send sales actions to /api/v1/leads/{id}/actions");
        } else if (command instanceof Command.RecordActivity r && r.activity().type().isSalesTouch()) {
            b.problem(node, o.path("type"), "a sales touch is logged by the rep: POST /api/v1/leads/{id}/actions");
        }
        List<Failure.FieldProblem> problems = b.problems().stream()
                .map(p -> new Failure.FieldProblem(p.path(), p.line(), p.message())).toList();
        Leads.LeadRef ref = new Leads.LeadRef(refs.get("leadId"), refs.get("email"), refs.get("externalId"),
                refs.get("visitorId"));
        return new Item(ref, command instanceof Command.RecordActivity a ? a : null, eventId, problems);
    }

    private Map<String, Object> record(Item item, String actor) {
        Leads.Incoming in = item.incoming();
        return recorded(leads.record(in.ref(), in.activity(), in.eventId(), actor));
    }

    private static Map<String, Object> recorded(Leads.Recorded r) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("status", switch (r.recording()) {
            case RECORDED -> "recorded";
            case DUPLICATE -> "duplicate";
            case HELD_FOR_VISITOR -> "held";
        });
        result.put("leadId", r.leadId());
        if (r.state() != null) {
            result.put("stage", r.state().stage().code());
        }
        return result;
    }

    /** In a batch an item that could not be recorded is reported in place; it does not stop the others. */
    private static Map<String, Object> explain(Leads.Result result) {
        return switch (result) {
            case Leads.Recorded r -> recorded(r);
            case Leads.NotRecorded(Failure.NotFound e) -> LeadReport.ordered("status", "unknown-lead", "detail",
                    e.getMessage());
            case Leads.NotRecorded(Failure.Refused e) -> LeadReport.ordered("status", "refused", "rule", e.rule(),
                    "detail", e.getMessage());
            case Leads.NotRecorded n -> throw n.why();
        };
    }
}
