package org.leadpact.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.leadpact.agreement.Disposition;
import org.leadpact.agreement.RecycleReason;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityRecorded;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.LeadState;
import org.leadpact.lifecycle.Command;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.lifecycle.Outcome;

/**
 * A seeded generator of lead histories through a realistic funnel, made by the real engine (until the
 * simulator lands, for the report benchmark): leads arrive evenly over 2026–2027 from 8 sources, 32
 * campaigns, 6 offers, 20 landing pages and 4 segments; 45% fit the example agreement's target buyer.
 * Each lead has 8–23 marketing activities (page views, e-mail opens and clicks, webinar registrations);
 * half the fitting leads (a tenth of the others) ask for a demo, which qualifies a fitting lead; the
 * agreement judges the others once, after their last touch. 85% of
 * MQLs are handed to one of 40 reps within 6 hours, who log 0–6 calls and e-mails; then 45% are accepted
 * (60% of those become opportunities), 20% become opportunities at once, 15% are recycled after two
 * weeks and the rest are trashed; 10% get no disposition (they age). Opportunities move up 0–4 ladder
 * stages and are won (30%, 5,000–100,000), lost (45%, 40% of them recycled) or stay open. Lead
 * {@code i} under seed {@code s} is always the same lead: about 20 events on average.
 */
final class FunnelGenerator {
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final long SPAN = Duration.ofDays(720).toSeconds();
    private static final String[] SOURCES = {"webinar", "search", "referral", "trade-show", "list", "social",
        "partner", "content"};
    private static final String[] OFFERS = {"white-paper", "webinar", "case-study", "data-sheet", "trial", "demo"};
    private static final String[] SEGMENTS = {"smb", "mid-market", "enterprise", "public"};
    private static final String[] LADDER = {"engaged", "evaluation", "budget", "proposal", "negotiation"};
    private static final String[] URLS = {"https://leadpact.example/pricing", "https://leadpact.example/product/tour",
        "https://leadpact.example/blog/alignment", "https://leadpact.example/careers"};

    private final LeadEngine engine;
    private final long seed;

    FunnelGenerator(LeadEngine engine, long seed) {
        this.engine = engine;
        this.seed = seed;
    }

    LeadState lead(int i) {
        // SplittableRandom mixes its seed: neighbouring leads are unrelated (java.util.Random's first draws are not).
        RandomGenerator r = new SplittableRandom(seed * 1_000_003L + i);
        Instant t = START.plusSeconds((long) (r.nextDouble() * SPAN));
        boolean fit = r.nextDouble() < 0.45;
        LeadState lead = handle(LeadState.empty("sim-" + i), new Command.UpdateAttributes(t, profile(i, r, fit), "import"));
        int activities = 8 + r.nextInt(16);
        boolean demo = r.nextDouble() < (fit ? 0.5 : 0.1);
        int demoAt = r.nextInt(activities);
        for (int a = 0; a < activities; a++) {
            t = t.plusSeconds(r.nextInt(3 * 86_400));
            // Only the demo request goes through the engine (it may qualify the lead there and then); the
            // other touches are folded in and judged once after the last, which keeps generation cheap.
            lead = a == demoAt && demo ? handle(lead, new Command.RecordActivity(Activity.of(ActivityType.DEMO_REQUEST, t)))
                    : lead.apply(new ActivityRecorded(marketing(r, t)));
        }
        lead = handle(lead, new Command.Reevaluate(t));
        String rep = "rep-" + r.nextInt(40);
        if (r.nextDouble() < 0.85) {
            List<Command> c = new ArrayList<>();
            t = t.plusSeconds(r.nextInt(6 * 3600));
            c.add(new Command.HandOff(t, rep, "router", null));
            sales(c, r, t, rep);
            for (Command command : c) {
                lead = handle(lead, command);
            }
        }
        return lead;
    }

    /** The lead after the command, or as it was when the engine refused it (the simulation goes on). */
    private LeadState handle(LeadState lead, Command command) {
        return engine.handle(lead, command) instanceof Outcome.Accepted accepted ? accepted.state() : lead;
    }

    private static Instant sales(List<Command> c, RandomGenerator r, Instant start, String rep) {
        Instant t = start;
        int touches = r.nextInt(7);
        for (int k = 0; k < touches; k++) {
            t = t.plusSeconds(r.nextInt(4 * 86_400));
            c.add(new Command.RecordActivity(Activity.of(k % 2 == 0 ? ActivityType.SALES_CALL : ActivityType.SALES_EMAIL,
                    t).by(rep).withOutcome("connected")));
        }
        double d = r.nextDouble();
        t = t.plusSeconds(r.nextInt(5 * 86_400));
        if (d < 0.45) {
            c.add(new Command.SetDisposition(t, Disposition.ACCEPTED, rep, null));
            if (r.nextDouble() < 0.6) {
                t = t.plusSeconds(r.nextInt(10 * 86_400));
                c.add(new Command.OpenOpportunity(t, rep));
                opportunity(c, r, t, rep);
            }
        } else if (d < 0.65) {
            c.add(new Command.SetDisposition(t, Disposition.OPPORTUNITY, rep, null));
            opportunity(c, r, t, rep);
        } else if (d < 0.80) {
            c.add(new Command.Recycle(start.plus(Duration.ofDays(15 + r.nextInt(20))), RecycleReason.NOT_READY, rep, null));
        } else if (d < 0.90) {
            c.add(new Command.SetDisposition(t, Disposition.TRASH, rep, null));
        }
        return t;
    }

    private static void opportunity(List<Command> c, RandomGenerator r, Instant opened, String rep) {
        Instant t = opened;
        int moves = r.nextInt(5);
        for (int m = 0; m < moves; m++) {
            t = t.plusSeconds(r.nextInt(12 * 86_400));
            c.add(new Command.MoveOpportunityStage(t, LADDER[m], rep));
        }
        double outcome = r.nextDouble();
        t = t.plusSeconds(r.nextInt(20 * 86_400));
        if (outcome < 0.30) {
            c.add(new Command.CloseWon(t, BigDecimal.valueOf(5_000 + r.nextInt(95_001)), rep));
        } else if (outcome < 0.75) {
            c.add(new Command.CloseLost(t, "no budget", rep));
            if (r.nextDouble() < 0.4) {
                c.add(new Command.Recycle(t.plusSeconds(86_400), RecycleReason.LOST, rep, null));
            }
        }
    }

    private static Activity marketing(RandomGenerator r, Instant t) {
        return switch (r.nextInt(6)) {
            case 0, 1, 2 -> Activity.pageView(t, URLS[r.nextInt(URLS.length)], 5 + r.nextInt(300));
            case 3 -> Activity.of(ActivityType.EMAIL_OPEN, t).withSubject("newsletter");
            case 4 -> Activity.of(ActivityType.EMAIL_CLICK, t).withUrl(URLS[r.nextInt(URLS.length)]);
            default -> Activity.of(ActivityType.WEBINAR_REGISTRATION, t).withSubject("alignment 101");
        };
    }

    private static Map<String, String> profile(int i, RandomGenerator r, boolean fit) {
        Map<String, String> p = new LinkedHashMap<>();
        int source = (int) Math.min(SOURCES.length - 1, Math.abs(r.nextGaussian()) * 3);
        p.put("firstName", "Pat");
        p.put("lastName", "Lead" + i);
        p.put("email", "lead" + i + "@company" + (i % 60_000) + ".example");
        p.put("company", "Company " + (i % 60_000));
        p.put("title", fit ? "VP Marketing" : "Student");
        p.put("phone", "+1 212 555 0100");
        p.put("city", "New York");
        p.put("state", "NY");
        p.put("country", "US");
        p.put("website", "company" + (i % 60_000) + ".example");
        p.put("employees", fit ? String.valueOf(100 + r.nextInt(5000)) : "20");
        p.put("industry", "Retail");
        p.put("source", SOURCES[source]);
        p.put("campaign", SOURCES[source] + "-" + r.nextInt(4));
        p.put("offer", OFFERS[r.nextInt(OFFERS.length)]);
        p.put("landingPage", "/lp/" + r.nextInt(20));
        p.put("segment", SEGMENTS[r.nextInt(SEGMENTS.length)]);
        return p;
    }
}
