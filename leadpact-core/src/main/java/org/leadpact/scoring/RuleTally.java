package org.leadpact.scoring;

import java.time.Instant;

/**
 * The running points of one activity rule for one lead, fed the rule's matching occurrences in time
 * order and asked at instants that never go back. {@link #low} and {@link #high} bound the rule's
 * capped points at the instant of the last {@link #settle}; where they differ, {@link #exact} gives
 * the reference figure (it costs a pass over the live occurrences).
 */
sealed interface RuleTally permits RuleTally.Counted, RuleTally.Expiring, HalfLifeTally {

    void add(Instant at);

    void settle(Instant at);

    long low();

    long high();

    long exact(Instant at);

    static RuleTally of(ActivityMatcher matcher) {
        var rule = matcher.rule();
        long each = rule.points() * 100L;
        if (rule.decay() == null) {
            return new Counted(each, rule.cap());
        }
        if (rule.decay().expiresAfter() != null) {
            return new Expiring(each, rule.cap(), rule.decay().expiresAfter().toDuration());
        }
        return new HalfLifeTally(each, rule.cap(), rule.decay());
    }

    static long capped(long hundredths, Integer cap) {
        return Scorer.capped(new Points(hundredths), cap).hundredths();
    }

    /** No decay: every occurrence counts in full. */
    final class Counted implements RuleTally {
        private final long each;
        private final Integer cap;
        private long occurrences;

        Counted(long each, Integer cap) {
            this.each = each;
            this.cap = cap;
        }

        public void add(Instant at) {
            occurrences++;
        }

        public void settle(Instant at) {
        }

        public long low() {
            return capped(occurrences * each, cap);
        }

        public long high() {
            return low();
        }

        public long exact(Instant at) {
            return low();
        }
    }

    /** Occurrences older than the expiry count for nothing; the oldest leave first, so a moving start suffices. */
    final class Expiring implements RuleTally {
        private final long each;
        private final Integer cap;
        private final java.time.Duration expiresAfter;
        private final TimeQueue times = new TimeQueue();

        Expiring(long each, Integer cap, java.time.Duration expiresAfter) {
            this.each = each;
            this.cap = cap;
            this.expiresAfter = expiresAfter;
        }

        public void add(Instant at) {
            times.add(at);
        }

        public void settle(Instant at) {
            while (!times.isEmpty() && java.time.Duration.between(times.first(), at).compareTo(expiresAfter) > 0) {
                times.dropFirst();
            }
        }

        public long low() {
            return capped(times.size() * each, cap);
        }

        public long high() {
            return low();
        }

        public long exact(Instant at) {
            return low();
        }
    }
}
