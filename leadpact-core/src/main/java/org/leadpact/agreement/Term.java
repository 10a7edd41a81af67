package org.leadpact.agreement;

import java.time.LocalDate;

/** How long the agreement runs: until an end date, or a number of months from the effective date. */
public record Term(LocalDate ends, Integer months) {
    public Term {
        if ((ends == null) == (months == null)) {
            throw new IllegalArgumentException("a term is either an end date or a number of months");
        }
        if (months != null && months <= 0) {
            throw new IllegalArgumentException("a term must last at least one month");
        }
    }

    /** The last day the agreement is in force. */
    public LocalDate lastDay(LocalDate effective) {
        return ends != null ? ends : effective.plusMonths(months).minusDays(1);
    }

    @Override
    public String toString() {
        return ends != null ? "until " + ends : months + " months";
    }
}
