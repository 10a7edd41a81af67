package org.leadpact.agreement;

import java.util.List;
import java.util.Optional;
import org.leadpact.words.Codes;

/** The status a rep sets on a handed-over lead. Each maps onto a lifecycle transition. */
public enum Disposition {
    /** Sales confirms the lead meets the definition (SAL). */
    ACCEPTED,
    /** Not ready to buy: back to marketing for nurturing. */
    RECYCLE,
    /** Never a fit. */
    TRASH,
    /** The cadence was worked and nobody answered: back to nurturing. */
    COULD_NOT_REACH,
    /** A real deal: open an opportunity. */
    OPPORTUNITY;

    public String code() {
        return Codes.code(this);
    }

    public static Optional<Disposition> fromCode(String code) {
        return Codes.fromCode(Disposition.class, code);
    }

    public static List<String> codes() {
        return Codes.codes(Disposition.class);
    }
}
