package org.leadpact.app.notify;

import java.util.Optional;

/**
 * Who a rep id is, for notifications: the directory of reps and teams ({@link DirectoryRecipients}),
 * with a recipients file ({@link RecipientsFile}) as an optional override. Called inside append
 * transactions: it must answer from memory (or a short cached read), quickly.
 */
public interface Recipients {
    Recipients NONE = rep -> Optional.empty();

    Optional<Recipient> rep(String repId);
}
