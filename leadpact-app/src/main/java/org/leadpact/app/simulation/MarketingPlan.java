package org.leadpact.app.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lifecycle.Command;

/**
 * A prospect's engagement as marketing sees it: visits of a few pages (pricing, product, blog,
 * careers), e-mail opens and clicks, content and webinars, a question answered, and, for some, a
 * qualifying action (a trial or demo request, contact-sales). Planned up front, in time order; the
 * engine decides from it whether and when the lead qualifies.
 */
final class MarketingPlan {
    static final String SITE = "https://acme-analytics.example";
    private static final String[] PRODUCT = {"/product/attribution", "/product/dashboards", "/product/forecasting",
        "/product/integrations"};
    private static final String[] BLOG = {"/blog/marketing-analytics-guide", "/blog/lead-scoring-101",
        "/blog/pipeline-metrics", "/blog/sla-between-sales-and-marketing", "/customers/case-studies"};
    private static final String[] CONTENT = {"ebook-analytics-guide", "benchmark-report", "roi-calculator",
        "case-study-retail", "data-sheet-attribution"};
    private static final String[] WEBINARS = {"Attribution that sales believes", "Forecasting pipeline",
        "Building the sales & marketing SLA"};
    private static final String[] EMAILS = {"newsletter", "nurture-1", "nurture-2", "product-update", "event-invite"};
    /** Relative frequency of visits, e-mails, form fills, content, webinars and questions. */
    private static final double[] TOUCHPOINTS = {45, 25, 4, 3, 2, 1.5};
    static final String HEAR_MORE = "Do you want to hear more?";

    private final Dice dice;
    private final List<Command> steps = new ArrayList<>();

    private MarketingPlan(Dice dice) {
        this.dice = dice;
    }

    /** A new lead's first weeks: the action that made it known, then {@code interest}-driven engagement. */
    static List<Command> first(Prospect p, Instant at, Dice dice) {
        MarketingPlan plan = new MarketingPlan(dice);
        plan.conversion(p, at);
        plan.engagement(p, at.plusSeconds(dice.between(600, 3 * 86_400)), count(p, dice), p.interest());
        return plan.sorted();
    }

    /** A recycled lead's renewed engagement, typically after nurture e-mails, starting at {@code at}. */
    static List<Command> again(Prospect p, Instant at, Dice dice) {
        MarketingPlan plan = new MarketingPlan(dice);
        plan.email(at, 1.0);
        plan.engagement(p, at.plusSeconds(dice.between(3_600, 5 * 86_400)), Math.max(3, count(p, dice) / 2),
                Math.min(1, p.interest() + 0.3));
        return plan.sorted();
    }

    private static int count(Prospect p, Dice dice) {
        double median = (8.5 + 19 * p.interest()) * p.source().engagement();
        return (int) Math.max(1, Math.min(80, Math.round(dice.logNormal(median, 0.55))));
    }

    private void conversion(Prospect p, Instant at) {
        ActivityType type = ActivityType.fromCode(p.source().firstAction()).orElseThrow();
        String campaign = p.attributes().get("campaign");
        Instant converted = at;
        if (p.landingPage() != null) {
            int seconds = dice.between(20, 240);
            add(Activity.pageView(at, SITE + p.landingPage(), seconds));
            converted = at.plusSeconds(seconds);
        }
        Activity first = new Activity(type, converted, p.landingPage() == null ? null : SITE + p.landingPage(),
                p.attributes().get("offer"), campaign, null, null, 0, null);
        add(type == ActivityType.WEBINAR_REGISTRATION ? first.withSubject(dice.pick(WEBINARS)) : first);
    }

    private void engagement(Prospect p, Instant start, int count, double interest) {
        Instant t = start;
        int planned = 0;
        boolean intent = dice.chance(Math.min(0.95, p.source().intent() * (0.4 + 1.5 * interest)));
        int intentAt = intent ? Math.max(1, (int) (count * (0.5 + 0.5 * dice.uniform()))) : -1;
        while (planned < count) {
            if (planned == intentAt) {
                planned += intentAction(p, t);
            }
            planned += next(t, interest);
            t = t.plusSeconds((long) (86_400 * dice.exponential(3.0 / (0.4 + interest))) + dice.between(60, 3_600));
        }
        if (dice.chance(0.03)) {
            add(Activity.of(ActivityType.UNSUBSCRIBE, t));
        }
    }

    /** One touchpoint; returns how many activities it made. */
    private int next(Instant t, double interest) {
        int kind = dice.weighted(TOUCHPOINTS);
        return switch (kind) {
            case 0 -> visit(t, interest);
            case 1 -> email(t, interest);
            case 2 -> add(new Activity(ActivityType.FORM_FILL, t, SITE + "/contact-preferences", null, null, null, null,
                    0, null));
            case 3 -> add(new Activity(ActivityType.CONTENT_REGISTRATION, t, SITE + "/resources", dice.pick(CONTENT),
                    null, null, null, 0, null));
            case 4 -> webinar(t);
            default -> add(new Activity(ActivityType.QUESTION_ANSWERED, t, null, null, null, HEAR_MORE,
                    dice.chance(0.3 + interest / 2) ? "yes" : "no", 0, null));
        };
    }

    private int visit(Instant t, double interest) {
        int pages = dice.between(1, 2 + (int) (3 * interest));
        Instant at = t;
        for (int i = 0; i < pages; i++) {
            String page;
            double x = dice.uniform();
            if (x < 0.12 + 0.4 * interest) {
                page = "/pricing";
            } else if (x < 0.45 + 0.35 * interest) {
                page = dice.pick(PRODUCT);
            } else if (x < 0.95) {
                page = dice.pick(BLOG);
            } else {
                page = "/careers";
            }
            int seconds = (int) Math.min(900, dice.logNormal(50 + 120 * interest, 0.8));
            add(Activity.pageView(at, SITE + page, seconds));
            at = at.plusSeconds(seconds + dice.between(5, 60));
        }
        return pages;
    }

    private int email(Instant t, double interest) {
        String subject = dice.pick(EMAILS);
        add(new Activity(ActivityType.EMAIL_OPEN, t, null, subject, null, null, null, 0, null));
        if (dice.chance(0.15 + 0.5 * interest)) {
            add(new Activity(ActivityType.EMAIL_CLICK, t.plusSeconds(dice.between(5, 600)), SITE + dice.pick(PRODUCT),
                    subject, null, null, null, 0, null));
            return 2;
        }
        return 1;
    }

    private int webinar(Instant t) {
        String title = dice.pick(WEBINARS);
        add(new Activity(ActivityType.WEBINAR_REGISTRATION, t, SITE + "/webinars/register", title, null, null, null, 0,
                null));
        if (dice.chance(0.55)) {
            add(new Activity(ActivityType.WEBINAR_ATTENDED, t.plus(Duration.ofDays(dice.between(2, 14))), null, title,
                    null, null, null, dice.between(900, 3_600), null));
            return 2;
        }
        return 1;
    }

    private int intentAction(Prospect p, Instant t) {
        if (dice.chance(p.source().fastTrack())) {
            ActivityType type = dice.pick(new ActivityType[] {ActivityType.DEMO_REQUEST, ActivityType.DEMO_REQUEST,
                ActivityType.CONTACT_SALES, ActivityType.INBOUND_CALL, ActivityType.INBOUND_EMAIL});
            return add(new Activity(type, t, type == ActivityType.DEMO_REQUEST ? SITE + "/demo" : null, null, null, null,
                    null, 0, null));
        }
        return switch (dice.between(0, 3)) {
            case 0 -> add(new Activity(ActivityType.TRIAL_REQUEST, t, SITE + "/trial", null, null, null, null, 0, null));
            case 1 -> webinar(t);
            case 2 -> add(new Activity(ActivityType.QUESTION_ANSWERED, t, null, null, null, HEAR_MORE, "yes", 0, null));
            default -> add(new Activity(ActivityType.CONTENT_REGISTRATION, t, SITE + "/resources", dice.pick(CONTENT),
                    null, null, null, 0, null));
        };
    }

    private int add(Activity activity) {
        steps.add(new Command.RecordActivity(activity));
        return 1;
    }

    private List<Command> sorted() {
        steps.sort(Comparator.comparing(Command::at)); // stable: ties keep the planned order
        return steps;
    }
}
