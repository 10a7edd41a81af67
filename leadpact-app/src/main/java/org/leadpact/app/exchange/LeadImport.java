package org.leadpact.app.exchange;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.leadpact.app.csv.CsvReader;
import org.leadpact.app.csv.CsvTable;
import org.leadpact.app.service.Failure;
import org.leadpact.app.service.Leads;
import org.leadpact.app.store.ConcurrentAppendException;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.DuplicateEventException;
import org.leadpact.lead.Activity;

/**
 * Imports the rows of a CSV file as leads and their activities, through the same use cases as the
 * API ({@link Leads#upsert} and {@link Leads#record}), so the active agreement scores and qualifies
 * them as they arrive. A bad row is reported and skipped; it never stops the import.
 * <p>
 * Each row is stored whole or not at all (rows are committed {@value #ROWS_PER_COMMIT} at a time), and
 * each of its events under an id derived from its content ({@link ImportIds}): after a crash, importing
 * the file again stores the rows that were not, and records nothing twice.
 */
public final class LeadImport {
    /** Rows stored per commit: the embedded database writes its file on every commit. */
    static final int ROWS_PER_COMMIT = 100;

    private final Database db;
    private final Leads leads;
    private final String actor;

    /** @param actor who the events are recorded as coming from, e.g. {@code import leads.csv} */
    public LeadImport(Database db, Leads leads, String actor) {
        this.db = db;
        this.leads = leads;
        this.actor = actor;
    }

    /**
     * Imports every row after the header, telling {@code each} what became of it.
     *
     * @param importedAt the instant of rows whose mapping gives none
     */
    public void run(CsvTable table, Mapping mapping, Instant importedAt, Consumer<RowOutcome> each) throws IOException {
        run(table, mapping, List.of(), importedAt, each);
    }

    /** As {@link #run(CsvTable, Mapping, Instant, Consumer)}, with the mapping's joined files read. */
    public void run(CsvTable table, Mapping mapping, List<JoinedTable> joined, Instant importedAt,
                    Consumer<RowOutcome> each) throws IOException {
        RowMapper mapper = new RowMapper(mapping, importedAt, joined);
        db.inUnits(ROWS_PER_COMMIT, units -> {
            for (CsvReader.Record record = table.next(); record != null; record = table.next()) {
                if (record.malformed()) {
                    each.accept(RowOutcome.rejected(record.line(), record.fields(), List.of(record.problem())));
                    continue;
                }
                MappedRow row = mapper.map(table.row(record));
                each.accept(row.rejected() ? RowOutcome.rejected(row.line(), record.fields(), row.problems())
                        : store(units, row, record.fields()));
            }
        });
    }

    private RowOutcome store(Database.Units units, MappedRow row, List<String> fields) {
        try {
            return units.unit(() -> storeWhole(row, fields));
        } catch (Failure.Refused e) {
            return RowOutcome.rejected(row.line(), fields, List.of("refused (" + e.rule() + "): " + e.getMessage()));
        } catch (Failure e) {
            return RowOutcome.rejected(row.line(), fields, List.of(e.getMessage()));
        } catch (ConcurrentAppendException | DuplicateEventException e) {
            return RowOutcome.rejected(row.line(), fields, List.of("the lead changed while the row was imported; "
                    + "nothing of the row was stored (import the file again)"));
        }
    }

    private RowOutcome storeWhole(MappedRow row, List<String> fields) {
        Leads.Upserted upserted = leads.upsert(row.externalId(), row.attributes(), row.at(), null, actor,
                ImportIds.attributes(row));
        RowOutcome.Lead lead = upserted.duplicate() ? RowOutcome.Lead.ALREADY_IMPORTED
                : upserted.created() ? RowOutcome.Lead.CREATED : RowOutcome.Lead.MERGED;
        Leads.LeadRef ref = new Leads.LeadRef(upserted.leadId(), null, null, null);
        int recorded = 0;
        for (Activity activity : row.activities()) {
            Leads.Recorded r = leads.record(ref, activity, ImportIds.activity(row, activity), actor);
            recorded += r.recording() == Leads.Recording.RECORDED ? 1 : 0;
        }
        int steps = row.steps().isEmpty() ? 0 : leads.actAllOnce(upserted.leadId(), row.steps().stream()
                .map(s -> new Leads.Keyed(s.command(actor), ImportIds.step(row, s))).toList(), actor);
        return new RowOutcome(row.line(), lead, recorded, row.activities().size() - recorded, fields, List.of(), steps,
                row.steps().size() - steps, row.notes());
    }
}
