package org.leadpact.app.backtest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.Disposition;
import org.leadpact.app.agreement.AgreementFileReader;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.store.AgreementStore;
import org.leadpact.app.store.AuditLog;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.LeadStore;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lifecycle.Command;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.lifecycle.Replay;

/**
 * A small real history for back-test tests, decided by the engine under examples/agreement.yaml
 * (active) and written to the log: eight leads in March 2027 who fit the target buyer, registered
 * for content and viewed pages. Scores: 52 + 4 per product page (up to four; 68 for l1, l2, l6), so
 * l3 (64) and l4, l5 (60) qualify under the baseline (60) but not under
 * examples/agreement-proposed.yaml (65); l8 (52) also asked for a trial, which only the proposal
 * scores (+15, to 67). Outcomes: l1 won
 * (50,000), l3 opportunity, l2 and l4 trashed, l5 recycled, l6 still open; l7 and l8 never reached sales.
 */
public final class BacktestHistory {
    public static final Path EXAMPLE = Path.of("../examples/agreement.yaml");
    public static final Path PROPOSED = Path.of("../examples/agreement-proposed.yaml");
    public static final Instant START = Instant.parse("2027-03-02T15:00:00Z");
    private static final String[] TABLES = {"lead_event", "lead", "agreement_version", "visitor_activity", "visitor",
        "idempotency_key", "api_token", "audit_log"};

    private BacktestHistory() {
    }

    public static void write(Database db) throws IOException {
        Agreements agreements = new Agreements(new AgreementStore(db), new AuditLog(db), Clock.systemUTC());
        agreements.adopt(Files.readString(EXAMPLE), "test", false);
        Agreement example = AgreementFileReader.read(EXAMPLE).orThrow();
        LeadEngine engine = new LeadEngine(example);
        LeadStore store = new LeadStore(db);
        lead(store, engine, "l1", 1, 4, false, "ann", Outcome.WON);
        lead(store, engine, "l2", 2, 4, false, "bob", Outcome.TRASH);
        lead(store, engine, "l3", 3, 3, false, "ann", Outcome.OPPORTUNITY);
        lead(store, engine, "l4", 4, 2, false, "bob", Outcome.TRASH);
        lead(store, engine, "l5", 5, 2, false, "ann", Outcome.RECYCLE);
        lead(store, engine, "l6", 6, 4, false, "bob", Outcome.OPEN);
        lead(store, engine, "l7", 7, 0, false, null, null);
        lead(store, engine, "l8", 8, 0, true, null, null);
    }

    private enum Outcome { WON, OPPORTUNITY, TRASH, RECYCLE, OPEN }

    /**
     * One more lead for the recycle tests: l9 of Fabrikam (New York) registers for content and views
     * six pages on 11 March 2027 (score 68), is handed to ann, recycled as not-ready on 26 March, asks
     * for a demo on 5 April (the fast track: it qualifies again), goes to bob and becomes an opportunity.
     */
    public static void writeReturningLead(Database db) throws IOException {
        Instant at = START.plusSeconds(86_400L * 9);
        Map<String, String> profile = new java.util.HashMap<>(profile("l9"));
        profile.put("email", "l9@fabrikam.example");
        profile.put("company", "Fabrikam");
        profile.put("website", "fabrikam.example");
        List<Command> commands = new ArrayList<>(engaged(at, profile, 4, false));
        Instant handOff = at.plusSeconds(3_600);
        commands.add(new Command.HandOff(handOff, "ann", "router", "east coast"));
        commands.add(new Command.SetDisposition(handOff.plusSeconds(86_400 * 15), Disposition.RECYCLE, "ann",
                "next quarter"));
        Instant back = Instant.parse("2027-04-05T15:00:00Z");
        commands.add(new Command.RecordActivity(Activity.of(ActivityType.DEMO_REQUEST, back)));
        commands.add(new Command.HandOff(back.plusSeconds(3_600), "bob", "router", "east coast"));
        commands.add(new Command.SetDisposition(back.plusSeconds(86_400), Disposition.OPPORTUNITY, "bob", null));
        append(new LeadStore(db), new LeadEngine(AgreementFileReader.read(EXAMPLE).orThrow()), "l9", commands, at);
    }

    private static void lead(LeadStore store, LeadEngine engine, String id, int day, int productPages, boolean trial,
                             String rep, Outcome outcome) {
        Instant at = START.plusSeconds(86_400L * day);
        List<Command> commands = engaged(at, profile(id), productPages, trial);
        if (rep != null) {
            Instant handOff = at.plusSeconds(3_600);
            commands.add(new Command.HandOff(handOff, rep, "router", "east coast"));
            Instant later = handOff.plusSeconds(86_400);
            switch (outcome) {
                case WON -> {
                    commands.add(new Command.SetDisposition(later, Disposition.OPPORTUNITY, rep, null));
                    commands.add(new Command.CloseWon(later.plusSeconds(86_400 * 3), new BigDecimal("50000"), rep));
                }
                case OPPORTUNITY -> commands.add(new Command.SetDisposition(later, Disposition.OPPORTUNITY, rep, null));
                case TRASH -> commands.add(new Command.SetDisposition(later, Disposition.TRASH, rep, "student"));
                case RECYCLE -> commands.add(new Command.SetDisposition(handOff.plusSeconds(86_400 * 15),
                        Disposition.RECYCLE, rep, "next year"));
                case OPEN -> { }
            }
        }
        append(store, engine, id, commands, at);
    }

    /** The profile, a content registration (a trial request), two pricing and some product page views. */
    private static List<Command> engaged(Instant at, Map<String, String> profile, int productPages, boolean trial) {
        List<Command> commands = new ArrayList<>();
        commands.add(new Command.UpdateAttributes(at, profile, "form"));
        commands.add(new Command.RecordActivity(Activity.of(ActivityType.CONTENT_REGISTRATION, at.plusSeconds(60))));
        if (trial) {
            commands.add(new Command.RecordActivity(Activity.of(ActivityType.TRIAL_REQUEST, at.plusSeconds(90))));
        }
        for (int i = 0; i < 2 + productPages; i++) {
            String url = i < 2 ? "https://acme.example/pricing" : "https://acme.example/product/" + i;
            commands.add(new Command.RecordActivity(Activity.pageView(at.plusSeconds(120 + 60L * i), url, 60)));
        }
        return commands;
    }

    private static void append(LeadStore store, LeadEngine engine, String id, List<Command> commands, Instant at) {
        Replay.Result replay = Replay.run(engine, id, commands);
        if (!replay.refusals().isEmpty()) {
            throw new IllegalStateException(id + ": " + replay.refusals());
        }
        store.append(replay.state(), 0, replay.state().history().stream().map(LeadStore.NewEvent::of).toList(),
                at, "test");
    }

    private static Map<String, String> profile(String id) {
        return Map.ofEntries(Map.entry("firstName", "Marcus"), Map.entry("lastName", "Lee"),
                Map.entry("email", id + "@contoso.example"), Map.entry("company", "Contoso"),
                Map.entry("title", "VP Marketing"), Map.entry("phone", "+1 212 555 0123"),
                Map.entry("city", "New York"), Map.entry("state", "NY"), Map.entry("country", "US"),
                Map.entry("website", "contoso.example"), Map.entry("employees", "1200"),
                Map.entry("industry", "Retail"));
    }

    /** Every row of every table, in order: equal before and after means nothing in the store changed. */
    public static String snapshot(Database db) {
        return db.jdbi().withHandle(h -> {
            StringBuilder all = new StringBuilder();
            for (String table : TABLES) {
                all.append(table).append('\n');
                h.createQuery("SELECT * FROM " + table + " ORDER BY 1").map((rs, ctx) -> {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.append(rs.getString(i)).append(" | "); // as text: H2's CLOB objects differ per query
                    }
                    return row.toString();
                }).forEach(row -> all.append(row).append('\n'));
            }
            return all.toString();
        });
    }
}
