package org.leadpact.handoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.leadpact.handoff.HandoffPacket.Reason;
import org.leadpact.handoff.HandoffPacket.Touch;

/** The packet as an e-mail: a subject, a plain-text body and an HTML body saying the same. */
public record PacketEmail(String subject, String text, String html) {

    public static PacketEmail of(HandoffPacket p) {
        String subject = "New lead for you: " + p.title() + (p.score().band() == null ? "" : " — band " + p.score().band());
        return new PacketEmail(subject, text(p), html(p, subject));
    }

    /** Label and value of each known detail, in the order a rep reads them; unknown ones are left out. */
    static List<Map.Entry<String, String>> details(HandoffPacket p) {
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        add(rows, "Name", p.contact().name());
        add(rows, "Title", p.contact().title());
        add(rows, "Company", p.contact().company());
        add(rows, "Phone", p.contact().phone());
        add(rows, "E-mail", p.contact().email());
        add(rows, "Location", p.contact().location());
        add(rows, "Website", p.contact().website());
        if (p.firmographics() != null) {
            add(rows, "Industry", p.firmographics().industry());
            add(rows, "Employees", p.firmographics().employees());
            add(rows, "Annual revenue", p.firmographics().annualRevenue());
        }
        if (p.origin() != null) {
            add(rows, "Source", p.origin().source());
            add(rows, "Campaign", p.origin().campaign());
            add(rows, "Offer", p.origin().offer());
        }
        return rows;
    }

    private static void add(List<Map.Entry<String, String>> rows, String label, String value) {
        if (value != null && !value.isBlank()) {
            rows.add(Map.entry(label, value));
        }
    }

    static String scoreLine(HandoffPacket p) {
        var s = p.score();
        return "Score " + s.total() + (s.band() == null ? "" : " (band " + s.band() + ")") + ", threshold " + s.threshold()
                + (p.qualifiedBy() == null ? "" : "; " + p.qualifiedBy());
    }

    static String routingLine(HandoffPacket p) {
        var r = p.routing();
        return "Assigned to " + (r.repName() == null ? r.rep() : r.repName() + " (" + r.rep() + ")") + " at " + r.at()
                + (r.why() == null ? "" : ": " + r.why()) + " [agreement " + r.agreementVersion()
                + (r.clause() == null ? "" : ", " + r.clause()) + "]";
    }

    private static String text(HandoffPacket p) {
        StringBuilder t = new StringBuilder(p.title()).append("\n\n");
        details(p).forEach(d -> t.append(d.getKey()).append(": ").append(d.getValue()).append('\n'));
        t.append('\n').append(scoreLine(p)).append('\n');
        if (p.fastTrack() != null) {
            t.append("Fast-track: ").append(p.fastTrack()).append('\n');
        }
        for (Reason r : p.score().reasons()) {
            t.append("  +").append(r.points()).append("  ").append(r.why()).append("  [").append(r.clause()).append("]\n");
        }
        t.append("\nRecent activity:\n");
        for (Touch a : p.recentActivity()) {
            t.append("  ").append(a.at()).append("  ").append(a.line()).append('\n');
        }
        return t.append('\n').append(routingLine(p)).append('\n').append("Lead id: ").append(p.leadId()).append('\n')
                .toString();
    }

    private static String html(HandoffPacket p, String subject) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(subject)).append("</title></head><body><h1>").append(Html.escape(p.title()))
                .append("</h1><table>");
        details(p).forEach(d -> h.append("<tr><th align=\"left\">").append(Html.escape(d.getKey())).append("</th><td>")
                .append(Html.escape(d.getValue())).append("</td></tr>"));
        h.append("</table><h2>Why it qualified</h2><p>").append(Html.escape(scoreLine(p))).append("</p>");
        if (p.fastTrack() != null) {
            h.append("<p><strong>Fast-track:</strong> ").append(Html.escape(p.fastTrack())).append("</p>");
        }
        h.append("<ul>");
        p.score().reasons().forEach(r -> h.append("<li>+").append(Html.escape(r.points())).append(" ")
                .append(Html.escape(r.why())).append(" <small>[").append(Html.escape(r.clause())).append("]</small></li>"));
        h.append("</ul><h2>Recent activity</h2><ul>");
        p.recentActivity().forEach(a -> h.append("<li>").append(Html.escape(a.at().toString())).append(" ")
                .append(Html.escape(a.line())).append("</li>"));
        return h.append("</ul><p>").append(Html.escape(routingLine(p))).append("</p><p><small>Lead id: ")
                .append(Html.escape(p.leadId())).append("</small></p></body></html>").toString();
    }
}
