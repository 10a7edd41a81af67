package org.leadpact.app.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.leadpact.app.csv.CsvWriter;
import org.leadpact.app.store.LeadProjection;
import org.leadpact.app.store.LeadStore;
import org.leadpact.lead.Attributes;

/**
 * Writes the leads as CSV: the projection's columns, then one column per attribute any exported lead
 * has, sorted by name, so the same leads always give the same file. Cells are neutralised against
 * spreadsheet formulas ({@link CsvWriter}).
 */
public final class LeadExport {
    /** The columns every export starts with. */
    public static final List<String> COLUMNS = List.of("id", "email", "externalId", "stage", "owner",
            "agreementVersion", "lastEventAt");
    /** Attributes that already have a column of their own. */
    private static final Set<String> IN_COLUMNS = Set.of(Attributes.EMAIL, LeadProjection.EXTERNAL_ID);
    private static final Comparator<String> BY_NAME = String.CASE_INSENSITIVE_ORDER
            .thenComparing(Comparator.naturalOrder());

    private final LeadStore store;

    public LeadExport(LeadStore store) {
        this.store = store;
    }

    /** How many leads were written, and how many attribute columns they needed. */
    public record Exported(int leads, int attributeColumns) {
    }

    /** Writes the leads in {@code stage} (all when null) to {@code out}. */
    public Exported write(String stage, Writer out) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        try {
            return store.read(snapshot -> {
                Set<String> names = new TreeSet<>(BY_NAME);
                snapshot.forEach(stage, lead -> names.addAll(lead.attributes().keySet()));
                names.removeAll(IN_COLUMNS);
                List<String> attributes = List.copyOf(names);
                write(csv, header(attributes));
                int[] leads = {0};
                snapshot.forEach(stage, lead -> {
                    write(csv, row(lead, attributes));
                    leads[0]++;
                });
                return new Exported(leads[0], attributes.size());
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            csv.flush();
        }
    }

    /** An attribute named like a fixed column (an {@code owner} from a CRM) is told apart by a prefix. */
    static List<String> header(List<String> attributes) {
        List<String> header = new ArrayList<>(COLUMNS);
        attributes.forEach(a -> header.add(COLUMNS.contains(a) ? "attributes." + a : a));
        return header;
    }

    static List<String> row(LeadProjection lead, List<String> attributes) {
        List<String> row = new ArrayList<>(COLUMNS.size() + attributes.size());
        row.add(lead.id());
        row.add(lead.email());
        row.add(lead.externalId());
        row.add(lead.stage());
        row.add(lead.owner());
        row.add(lead.agreementVersion());
        row.add(lead.lastEventAt().toString());
        attributes.forEach(a -> row.add(lead.attributes().get(a)));
        return row;
    }

    private static void write(CsvWriter csv, List<String> cells) {
        try {
            csv.write(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
