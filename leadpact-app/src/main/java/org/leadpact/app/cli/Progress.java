package org.leadpact.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on standard error, redrawn in place ({@code \r}) at most ten times a second:
 * {@code [#####-------]  4,620/9,240 rows  50%  712 rows/s}. Lines printed meanwhile go above it.
 */
final class Progress {
    private static final int WIDTH = 24;
    private static final long REDRAW_NANOS = 100_000_000;

    private final PrintWriter err;
    private final int total;
    private final boolean shown;
    private final LongSupplier nanos;
    private final long started;
    private long drawnAt;
    private int done;
    private int drawnWidth;
    private final String unit;

    Progress(PrintWriter err, int total, boolean shown, LongSupplier nanos) {
        this(err, total, shown, nanos, "rows");
    }

    /** A bar counting {@code unit} (rows, events). */
    Progress(PrintWriter err, int total, boolean shown, LongSupplier nanos, String unit) {
        this.unit = unit;
        this.err = err;
        this.total = total;
        this.shown = shown;
        this.nanos = nanos;
        this.started = nanos.getAsLong();
        this.drawnAt = started - REDRAW_NANOS;
    }

    void update(int rows) {
        done = rows;
        long now = nanos.getAsLong();
        if (shown && (now - drawnAt >= REDRAW_NANOS || rows == total)) {
            draw(now);
        }
    }

    /** Prints a line above the bar. */
    void println(String line) {
        if (shown && drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            drawnWidth = 0;
        }
        err.println(line);
        if (shown) {
            draw(nanos.getAsLong());
        }
        err.flush();
    }

    /** Leaves the finished bar on its line. */
    void finish() {
        if (shown) {
            draw(nanos.getAsLong());
            err.println();
            err.flush();
        }
    }

    private void draw(long now) {
        String line = line(done, total, now - started, unit);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        err.flush();
        drawnWidth = line.length();
        drawnAt = now;
    }

    static String line(int done, int total, long elapsedNanos) {
        return line(done, total, elapsedNanos, "rows");
    }

    static String line(int done, int total, long elapsedNanos, String unit) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "]  "
                + String.format(Locale.ROOT, "%,d/%,d %s  %d%%  %,d %s/s", done, total, unit, percent,
                rate(done, elapsedNanos), unit);
    }

    static long rate(int rows, long elapsedNanos) {
        return elapsedNanos <= 0 ? 0 : Math.round(rows * 1e9 / elapsedNanos);
    }
}
