package org.leadpact.app.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.leadpact.app.store.Tokens.Holder;
import org.leadpact.app.store.Tokens.Role;
import org.leadpact.reports.Filter;

/** How the insight pages write figures (a missing figure is a dash, never a zero) and whose leads they cover. */
final class Figures {
    static final String NONE = "–";

    private Figures() {
    }

    static String share(Double share) {
        return share == null ? NONE : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String days(Double days) {
        return days == null ? NONE : String.format(Locale.ROOT, "%.1f", days);
    }

    static String money(BigDecimal amount) {
        return amount == null ? NONE : String.format(Locale.ROOT, "%,d", amount.setScale(0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    /** Business minutes as hours and minutes. */
    static String minutes(Long minutes) {
        if (minutes == null) {
            return NONE;
        }
        return minutes < 60 ? minutes + " min" : String.format(Locale.ROOT, "%dh %02dm", minutes / 60, minutes % 60);
    }

    /** A rep's pages cover the rep's own leads; everyone else's cover all. */
    static String repOf(Holder holder) {
        return holder.role() == Role.SALES_REP ? holder.rep() : null;
    }

    static Filter slice(Holder holder) {
        return Filter.NONE.withRep(repOf(holder));
    }

    /** Said on a rep's page, so nobody reads their own slice as the company's. */
    static void sliceNote(Html h, Holder holder) {
        if (repOf(holder) != null) {
            h.raw("<p class=\"hint\" id=\"slice\">Your own leads only (rep ").text(repOf(holder)).raw(").</p>");
        }
    }
}
