package org.leadpact.app.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TreeMap;
import org.leadpact.lead.Activity;
import org.leadpact.lead.Attributes;

/**
 * Event ids for what an import records, derived from what each event is: the lead's key (its
 * external id, else its e-mail in lower case), the kind of event, and the values it carries, with the
 * instant only when it came from the data. Never the file name, the line number or the time of the
 * import: importing the same rows again, from the same file or from a later export holding them,
 * finds every id in the log and records nothing twice.
 */
final class ImportIds {
    private static final String PREFIX = "import-";

    private ImportIds() {
    }

    static String attributes(MappedRow row) {
        Key key = new Key(row).add("attributes");
        new TreeMap<>(row.attributes()).forEach((name, value) -> key.add(name).add(value));
        return key.id();
    }

    static String activity(MappedRow row, Activity a) {
        return new Key(row).add("activity").add(a.type().code()).add(a.url()).add(a.subject()).add(a.campaign())
                .add(a.question()).add(a.answer()).add(Integer.toString(a.durationSeconds())).add(a.outcome())
                .add(a.actor()).id();
    }

    static String step(MappedRow row, ImportStep s) {
        return new Key(row).add("lifecycle").add(s.kind().name()).add(s.at().toString()).add(s.rep())
                .add(s.amount() == null ? null : s.amount().toPlainString()).add(s.reason()).add(s.actor()).id();
    }

    /** Parts written with their lengths, so no two different lists of parts read the same. */
    private static final class Key {
        private final StringBuilder text = new StringBuilder();

        Key(MappedRow row) {
            String email = row.attributes().get(Attributes.EMAIL);
            add(row.externalId() != null ? "externalId" : "email");
            add(row.externalId() != null ? row.externalId() : email.strip().toLowerCase(Locale.ROOT));
            add(row.atFromData() ? row.at().toString() : null);
        }

        Key add(String part) {
            if (part == null) {
                text.append("-;");
            } else {
                text.append(part.length()).append(':').append(part).append(';');
            }
            return this;
        }

        String id() {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256")
                        .digest(text.toString().getBytes(StandardCharsets.UTF_8));
                return PREFIX + HexFormat.of().formatHex(hash, 0, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }
    }
}
