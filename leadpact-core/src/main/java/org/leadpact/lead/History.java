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
    private static final Object[] NO_MEMOS = new Object[0];
    /** A few deciders (say a back-test's two agreements) may keep memos on one lead at once. */
    private static final int MEMOS = 4;
    private static final History<?> EMPTY = new History<>(new Owner(0), new Object[0], 0);

    /** Who may still write past the end: the newest value of one line of growth. */
    private static final class Owner {
        private int size;
        /** Values derived from this line's items (running scores), as key, value, key, value; see {@link #memo}. */
        private Object[] memos = NO_MEMOS;

        Owner(int size) {
            this.size = size;
        }
    }

    private final Owner owner;
    // Final, so a value handed to another thread always sees its own prefix (no volatile read per get).
    private final Object[] items;
    private final int size;

    private History(Owner owner, Object[] items, int size) {
        this.owner = owner;
        this.items = items;
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
        Object[] copy = items.toArray();
        for (Object item : copy) {
            Objects.requireNonNull(item, "item");
        }
        return new History<>(new Owner(copy.length), copy, copy.length);
    }

    History<T> plus(T item) {
        Objects.requireNonNull(item, "item");
        synchronized (owner) {
            if (owner.size == size) {
                // Slots past every existing value's size are free: write in place, or grow into a copy.
                Object[] target = items.length > size ? items : Arrays.copyOf(items, Math.max(8, size * 2));
                target[size] = item;
                owner.size = size + 1;
                return new History<>(owner, target, size + 1);
            }
        }
        Object[] branch = Arrays.copyOf(items, Math.max(8, size * 2));
        branch[size] = item;
        return new History<>(new Owner(size + 1), branch, size + 1);
    }

    /**
     * A value derived by {@code key} from the items of this line of growth, shared by every value of
     * the line: the deriver checks how many items it covers. A branch starts without any. Never part
     * of the list's value.
     */
    Object memo(Object key) {
        synchronized (owner) {
            Object[] memos = owner.memos;
            for (int i = 0; i < memos.length; i += 2) {
                if (memos[i] == key) {
                    return memos[i + 1];
                }
            }
            return null;
        }
    }

    /** Keeps {@code value} under {@code key}; the oldest key makes room when there are too many. */
    void memo(Object key, Object value) {
        synchronized (owner) {
            Object[] memos = owner.memos;
            for (int i = 0; i < memos.length; i += 2) {
                if (memos[i] == key) {
                    memos[i + 1] = value;
                    return;
                }
            }
            Object[] grown = new Object[Math.min(memos.length + 2, 2 * MEMOS)];
            int kept = grown.length - 2;
            System.arraycopy(memos, memos.length - kept, grown, 0, kept);
            grown[kept] = key;
            grown[kept + 1] = value;
            owner.memos = grown;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, size);
        return (T) items[index];
    }

    @Override
    public int size() {
        return size;
    }
}
