package org.leadpact.app.backtest;

import java.time.LocalDate;
import java.util.function.LongConsumer;
import org.leadpact.agreement.Agreement;
import org.leadpact.app.agreement.AgreementFile;
import org.leadpact.app.agreement.AgreementFileReader;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.service.Failure;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.DirectoryStore;
import org.leadpact.app.store.LeadHistories;
import org.leadpact.backtest.Backtest;
import org.leadpact.backtest.BacktestPeriod;

/**
 * The back-test use case, for the command line and the API: the agreements compared (the proposal
 * from a document, which need not be signed; the baseline active, a stored version, or a document)
 * and a run over the log. Nothing is written anywhere.
 */
public final class Backtests {
    public static final String ACTIVE = "active";

    private final Database db;
    private final Agreements agreements;

    public Backtests(Database db, Agreements agreements) {
        this.db = db;
        this.agreements = agreements;
    }

    /** An agreement document, checked; its problems (with line numbers) make a {@link Failure.Invalid}. */
    public static Agreement agreement(String fileName, String document, String field) {
        AgreementFile file = AgreementFileReader.parse(fileName, document);
        if (!file.valid()) {
            throw new Failure.Invalid(fileName + " has " + file.problems().size() + " problem(s)",
                    file.problems().stream().map(p -> new Failure.FieldProblem(field.isEmpty() ? p.path()
                            : p.path().isEmpty() ? field : field + "." + p.path(), p.line(), p.message())).toList());
        }
        return file.orThrow();
    }

    /** The active agreement ({@value #ACTIVE}) or a stored version. */
    public Agreement stored(String version) {
        if (ACTIVE.equals(version)) {
            return agreements.active().map(Agreements::agreement).orElseThrow(() -> new Failure.Refused("agreement",
                    "no agreement is active to compare with: activate one, or name a baseline"));
        }
        return Agreements.agreement(agreements.find(version));
    }

    public static BacktestPeriod period(LocalDate from, LocalDate to) {
        try {
            return new BacktestPeriod(from, to);
        } catch (IllegalArgumentException e) {
            throw new Failure.Invalid(e.getMessage(), java.util.List.of(new Failure.FieldProblem("to", 0,
                    e.getMessage())));
        }
    }

    /** How many events the run will read (for a progress bar). */
    public long events(BacktestPeriod period) {
        return new LeadHistories(db).count(period.end());
    }

    /** Routes every qualification afresh on the directory as it stands now (when it has reps). */
    public BacktestRunner.Run run(Agreement baseline, Agreement proposed, BacktestPeriod period, int threads,
                                  LongConsumer progress) {
        Backtest test = new Backtest(baseline, proposed, period, new DirectoryStore(db).snapshot());
        return BacktestRunner.run(test, new LeadHistories(db), threads, progress);
    }
}
