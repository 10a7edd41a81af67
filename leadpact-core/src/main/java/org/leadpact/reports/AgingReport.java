package org.leadpact.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.leadpact.lead.Stage;

/**
 * Lead aging per rep: each rep's open leads (handed off, accepted or an open opportunity) by days since
 * the rep's last sales activity on them, as of an instant; and the leads behind any cell.
 */
public record AgingReport(String report, Instant at, Filter filters, List<String> buckets, List<RepRow> reps,
                          RepRow total, Map<String, String> definitions) implements Report {

    /** @param buckets open leads per bucket code, in bucket order */
    public record RepRow(String rep, Map<String, Long> buckets, long total) {
    }

    /** One open lead of a cell. {@code days} is null when there was no sales activity. */
    public record AgedLead(String lead, String rep, String stage, String bucket, Instant lastSalesActivity, Long days,
                           Instant handedOffAt) {
    }

    static boolean open(LeadFacts f) {
        return f.owner() != null && (f.stage() == Stage.HANDED_OFF || f.stage() == Stage.SAL
                || f.stage() == Stage.OPPORTUNITY);
    }

    public static AgingReport compute(Iterable<LeadFacts> leads, Instant at, Filter filters) {
        long now = at.getEpochSecond();
        Map<String, long[]> perRep = new TreeMap<>();
        long[] total = new long[AgingBucket.values().length];
        for (LeadFacts f : leads) {
            if (open(f)) {
                int b = AgingBucket.of(AgingBucket.days(f, now)).ordinal();
                perRep.computeIfAbsent(f.owner(), k -> new long[total.length])[b]++;
                total[b]++;
            }
        }
        List<RepRow> rows = new ArrayList<>();
        perRep.forEach((rep, counts) -> rows.add(row(rep, counts)));
        return new AgingReport("aging", at, filters, Arrays.stream(AgingBucket.values()).map(AgingBucket::code).toList(),
                rows, row("total", total), DEFINITIONS);
    }

    /** The open leads of one rep in one bucket (either null: all), longest untouched first. */
    public static List<AgedLead> cell(Iterable<LeadFacts> leads, Instant at, String rep, AgingBucket bucket) {
        long now = at.getEpochSecond();
        List<AgedLead> cell = new ArrayList<>();
        for (LeadFacts f : leads) {
            if (!open(f) || rep != null && !rep.equals(f.owner())) {
                continue;
            }
            Long days = AgingBucket.days(f, now);
            AgingBucket b = AgingBucket.of(days);
            if (bucket == null || b == bucket) {
                cell.add(new AgedLead(f.id(), f.owner(), f.stage().code(), b.code(),
                        days == null ? null : Instant.ofEpochSecond(f.lastSalesTouch()), days,
                        f.lastHandOff() == LeadFacts.NEVER ? null : Instant.ofEpochSecond(f.lastHandOff())));
            }
        }
        cell.sort(java.util.Comparator.comparing((AgedLead l) -> l.days() == null ? Long.MAX_VALUE : l.days())
                .reversed().thenComparing(AgedLead::lead));
        return cell;
    }

    private static RepRow row(String rep, long[] counts) {
        Map<String, Long> buckets = new LinkedHashMap<>();
        long sum = 0;
        for (AgingBucket b : AgingBucket.values()) {
            buckets.put(b.code(), counts[b.ordinal()]);
            sum += counts[b.ordinal()];
        }
        return new RepRow(rep, buckets, sum);
    }

    @Override
    public List<Section> sections() {
        List<String> columns = new ArrayList<>(List.of("rep"));
        columns.addAll(buckets);
        columns.add("total");
        Section.Builder s = Section.of("aging", columns.toArray(String[]::new));
        List<RepRow> all = new ArrayList<>(reps);
        all.add(total);
        for (RepRow r : all) {
            List<Object> cells = new ArrayList<>(List.of(r.rep()));
            cells.addAll(r.buckets().values());
            cells.add(r.total());
            s.row(cells.toArray());
        }
        return List.of(s.build());
    }

    /** The cell's leads as a table. */
    public static Section cellSection(List<AgedLead> cell) {
        Section.Builder s = Section.of("leads", "lead", "rep", "stage", "bucket", "lastSalesActivity", "days",
                "handedOffAt");
        cell.forEach(l -> s.row(l.lead(), l.rep(), l.stage(), l.bucket(), l.lastSalesActivity(), l.days(),
                l.handedOffAt()));
        return s.build();
    }

    static final Map<String, String> DEFINITIONS = defined();

    private static Map<String, String> defined() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("open lead", "a lead with sales now: handed off, sales-accepted or an open opportunity, with its rep");
        d.put("rep", "the rep the lead was last assigned to");
        d.put("days", "whole days from the rep's last sales call, e-mail or meeting on the lead (since it was last "
                + "handed off) to the report's instant, rounded down");
        d.put("no-activity", "no sales activity since the lead was last handed off: the first alarm");
        d.put("buckets", "0-7, 8-15, 16-30, 31-60, 61-120 and over-120 days, both ends included");
        d.put("period", "aging is as of the report's instant (now, unless --at / at= says otherwise); the period is "
                + "not used");
        return java.util.Collections.unmodifiableMap(d);
    }
}
