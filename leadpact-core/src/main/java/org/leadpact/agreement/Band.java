package org.leadpact.agreement;

/** A named score band, e.g. A from 80, B from 60 to 79. {@code to} is open (null) for the top band. */
public record Band(String name, int from, Integer to) {
    public Band {
        Identity.requireText(name, "band name");
        if (to != null && to < from) {
            throw new IllegalArgumentException("band " + name + " ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean contains(double score) {
        return score >= from && (to == null || score < to + 1);
    }

    public boolean overlaps(Band other) {
        long thisTo = to == null ? Long.MAX_VALUE : to;
        long otherTo = other.to == null ? Long.MAX_VALUE : other.to;
        return from <= otherTo && other.from <= thisTo;
    }

    @Override
    public String toString() {
        return name + " (" + from + (to == null ? "+" : "–" + to) + ")";
    }
}
