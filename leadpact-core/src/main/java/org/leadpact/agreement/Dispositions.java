package org.leadpact.agreement;

import java.util.List;
import java.util.Set;

/** The 3 to 5 dispositions reps may set under this agreement; fewer choices, cleaner data. */
public record Dispositions(List<Disposition> allowed) {
    public static final Dispositions DEFAULT = new Dispositions(List.of(Disposition.values()));

    public Dispositions {
        allowed = List.copyOf(allowed);
        if (allowed.size() != Set.copyOf(allowed).size()) {
            throw new IllegalArgumentException("a disposition is listed twice");
        }
        if (allowed.size() < 3 || allowed.size() > 5) {
            throw new IllegalArgumentException("keep 3 to 5 dispositions; " + allowed.size() + " listed");
        }
    }

    public boolean allows(Disposition disposition) {
        return allowed.contains(disposition);
    }
}
