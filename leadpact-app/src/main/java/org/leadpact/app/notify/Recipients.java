package org.leadpact.app.notify;

import java.util.Optional;

/**
 * Who a rep id is, for notifications: the reps directory implements this; until it exists, a
 * recipients file does ({@link RecipientsFile}). Called inside append transactions: it must answer
 * from memory, quickly, and never block on I/O.
 */
public interface Recipients {
    Recipients NONE = rep -> Optional.empty();

    Optional<Recipient> rep(String repId);
}
