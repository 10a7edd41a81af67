package org.leadpact.app.notify;

import java.util.Optional;

/**
 * Who a rep id is, for notifications: the directory of reps and teams ({@link DirectoryRecipients}),
 * with a recipients file ({@link RecipientsFile}) as an optional override. Called inside append
 * transactions: it must answer from memory (or a short cached read), quickly.
 */
public interface Recipients {
    Recipients NONE = rep -> Optional.empty();

    /**
     * The id marketing operations is known by, as a recipient of SLA escalations (the agreement's
     * {@code marketing-operations}): a row of the recipients file, or serve's --marketing-ops-* options.
     * No rep may take it.
     */
    String MARKETING_OPERATIONS = "marketing-operations";

    Optional<Recipient> rep(String repId);

    /** These recipients, with marketing operations at {@code ops} (null: as they were). */
    default Recipients withMarketingOperations(Recipient ops) {
        return ops == null ? this : id -> MARKETING_OPERATIONS.equals(id) ? Optional.of(ops) : rep(id);
    }
}
