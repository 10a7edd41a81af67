package org.leadpact.scoring;

import java.time.Instant;
import java.util.Arrays;

/** Instants in the order they were added; the oldest can be dropped. Amortised O(1) per instant. */
final class TimeQueue {
    private Instant[] items = new Instant[8];
    private int head;
    private int tail;

    void add(Instant at) {
        if (tail == items.length) {
            if (head > items.length / 2) { // mostly dropped: slide down instead of growing
                System.arraycopy(items, head, items, 0, tail - head);
                Arrays.fill(items, tail - head, tail, null);
                tail -= head;
                head = 0;
            } else {
                items = Arrays.copyOf(items, items.length * 2);
            }
        }
        items[tail++] = at;
    }

    boolean isEmpty() {
        return head == tail;
    }

    int size() {
        return tail - head;
    }

    Instant first() {
        return items[head];
    }

    /** The i-th instant still held, oldest first. */
    Instant get(int i) {
        return items[head + i];
    }

    void dropFirst() {
        items[head++] = null;
    }
}
