package org.leadpact.lead;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list that grows at the end in O(1): each value sees a prefix of a shared buffer, and
 * appending to the newest value writes into the buffer instead of copying it. Appending to an older
 * value (a branch, e.g. a what-if) copies. Lead histories only ever grow at the end, so folding or
 * replaying n events costs O(n), not O(n²).
 */
final class History<T> extends AbstractList<T> implements RandomAccess {
    private static final History<?> EMPTY = new History<>(new Buffer(new Object[0]), 0);

    /** Shared by the values of one line of growth; {@code size} is how far it has been written. */
    private static final class Buffer {
        private volatile Object[] items;
        private int size;

        Buffer(Object[] items) {
            this.items = items;
            this.size = 0;
        }
    }

    private final Buffer buffer;
    private final int size;

    private History(Buffer buffer, int size) {
        this.buffer = buffer;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    static <T> History<T> empty() {
        return (History<T>) EMPTY;
    }

    @SuppressWarnings("unchecked")
    static <T> History<T> of(List<? extends T> items) {
        if (items instanceof History<?> h) {
            return (History<T>) h;
        }
        History<T> h = empty();
        for (T item : items) {
            h = h.plus(item);
        }
        return h;
    }

    History<T> plus(T item) {
        Objects.requireNonNull(item, "item");
        synchronized (buffer) {
            if (buffer.size == size) {
                Object[] items = buffer.items;
                if (items.length == size) {
                    items = Arrays.copyOf(items, Math.max(8, size * 2));
                }
                items[size] = item;
                buffer.items = items;
                buffer.size = size + 1;
                return new History<>(buffer, size + 1);
            }
        }
        Buffer branch = new Buffer(Arrays.copyOf(buffer.items, Math.max(8, size * 2)));
        branch.items[size] = item;
        branch.size = size + 1;
        return new History<>(branch, size + 1);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, size);
        return (T) buffer.items[index];
    }

    @Override
    public int size() {
        return size;
    }
}
