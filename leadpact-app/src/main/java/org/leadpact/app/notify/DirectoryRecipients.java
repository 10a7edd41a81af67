package org.leadpact.app.notify;

import java.util.Optional;
import org.leadpact.routing.Directory;
import org.leadpact.routing.Rep;

/**
 * Recipients from the directory of reps and teams: the rep's name, e-mail and own webhook, and the
 * e-mail of their team's manager. An override (a recipients file) wins field by field for the reps it
 * lists: what it leaves empty still comes from the directory. The directory answers from its snapshot
 * (re-read at most every couple of seconds), so the append path is not held up.
 */
public final class DirectoryRecipients implements Recipients {
    private final Directory directory;
    private final Recipients override;

    public DirectoryRecipients(Directory directory, Recipients override) {
        this.directory = directory;
        this.override = override;
    }

    @Override
    public Optional<Recipient> rep(String repId) {
        Optional<Recipient> listed = directory.rep(repId).map(r -> new Recipient(r.id(), r.name(), r.email(),
                directory.manager(repId).map(Rep::email).orElse(null), r.webhook()));
        Optional<Recipient> over = override.rep(repId);
        if (over.isEmpty() || listed.isEmpty()) {
            return over.isPresent() ? over : listed;
        }
        Recipient o = over.get();
        Recipient d = listed.get();
        return Optional.of(new Recipient(repId, first(o.name(), d.name()), first(o.email(), d.email()),
                first(o.managerEmail(), d.managerEmail()), first(o.webhook(), d.webhook())));
    }

    private static String first(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
