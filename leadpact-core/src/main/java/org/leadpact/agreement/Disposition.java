package org.leadpact.agreement;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Disposition> fromCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Disposition::code).toList();
    }
}
