package org.leadpact.handoff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packet as webhook bodies, in plain maps and lists the shell writes as JSON: LeadPact's own
 * document, or a Slack-compatible message ({@code text} for notifications, {@code blocks} for the
 * message). Keys keep their order so the same packet always gives the same bytes, and so the same
 * signature.
 */
public final class PacketPayloads {
    /** Slack refuses a section text over 3,000 characters. */
    private static final int SLACK_TEXT_LIMIT = 3000;

    private PacketPayloads() {
    }

    /** LeadPact's webhook document; {@code deliveryId} lets the receiver drop a redelivery. */
    public static Map<String, Object> webhook(HandoffPacket p, String deliveryId) {
        Map<String, Object> doc = ordered("type", "lead.assigned", "deliveryId", deliveryId, "leadId", p.leadId());
        doc.put("contact", ordered("name", p.contact().name(), "title", p.contact().title(), "company",
                p.contact().company(), "phone", p.contact().phone(), "email", p.contact().email(), "location",
                p.contact().location(), "website", p.contact().website()));
        doc.put("firmographics", ordered("industry", p.firmographics().industry(), "employees",
                p.firmographics().employees(), "annualRevenue", p.firmographics().annualRevenue()));
        List<Object> reasons = new ArrayList<>();
        p.score().reasons().forEach(r -> reasons.add(ordered("points", r.points(), "rule", r.rule(), "reason", r.why(),
                "clause", r.clause())));
        doc.put("score", ordered("total", p.score().total(), "band", p.score().band(), "threshold",
                p.score().threshold(), "topReasons", reasons));
        doc.put("qualifiedBy", p.qualifiedBy());
        doc.put("fastTrack", p.fastTrack());
        doc.put("origin", ordered("source", p.origin().source(), "campaign", p.origin().campaign(), "offer",
                p.origin().offer()));
        List<Object> recent = new ArrayList<>();
        p.recentActivity().forEach(a -> recent.add(ordered("at", a.at().toString(), "type", a.type(), "what", a.what())));
        doc.put("recentActivity", recent);
        var r = p.routing();
        doc.put("routing", ordered("rep", r.rep(), "repName", r.repName(), "at", r.at().toString(), "actor", r.actor(),
                "why", r.why(), "clause", r.clause(), "agreementVersion", r.agreementVersion()));
        return doc;
    }

    /** A Slack incoming-webhook message: a header, the contact details, why it qualified, recent activity. */
    public static Map<String, Object> slack(HandoffPacket p) {
        String summary = "New lead for " + (p.routing().repName() == null ? p.routing().rep() : p.routing().repName())
                + ": " + p.title();
        List<Object> blocks = new ArrayList<>();
        blocks.add(ordered("type", "header", "text", plain(limit(p.title(), 150))));
        StringBuilder details = new StringBuilder();
        PacketEmail.details(p).forEach(d -> details.append("*").append(slackEscape(d.getKey())).append(":* ")
                .append(slackEscape(d.getValue())).append('\n'));
        blocks.add(section(details.toString()));
        StringBuilder why = new StringBuilder(slackEscape(PacketEmail.scoreLine(p))).append('\n');
        if (p.fastTrack() != null) {
            why.append("*Fast-track:* ").append(slackEscape(p.fastTrack())).append('\n');
        }
        p.score().reasons().forEach(x -> why.append("• +").append(x.points()).append(" ").append(slackEscape(x.why()))
                .append('\n'));
        blocks.add(section(why.toString()));
        StringBuilder recent = new StringBuilder("*Recent activity*\n");
        p.recentActivity().forEach(a -> recent.append("• ").append(a.at()).append(" ").append(slackEscape(a.line()))
                .append('\n'));
        blocks.add(section(recent.toString()));
        blocks.add(ordered("type", "context", "elements", List.of(ordered("type", "mrkdwn", "text",
                slackEscape(PacketEmail.routingLine(p))))));
        return ordered("text", summary, "blocks", blocks);
    }

    private static Map<String, Object> section(String markdown) {
        return ordered("type", "section", "text", ordered("type", "mrkdwn", "text", limit(markdown, SLACK_TEXT_LIMIT)));
    }

    private static Map<String, Object> plain(String text) {
        return ordered("type", "plain_text", "text", text);
    }

    /** Slack's markup escapes only these three; a lead's data must not become a link or a mention. */
    static String slackEscape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
