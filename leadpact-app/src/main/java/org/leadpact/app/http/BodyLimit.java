package org.leadpact.app.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Holds bodies whose length is not announced (chunked) to the size limit while they are read. Javalin
 * checks only the Content-Length header (as does the before-handler in {@link ApiServer}), so without
 * this such a body would be read into memory whatever its size.
 */
final class BodyLimit extends HttpFilter {
    private final long max;

    BodyLimit(long max) {
        this.max = max;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(req.getContentLengthLong() < 0 ? new Limited(req, max) : req, res);
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counted(super.getInputStream(), max);
            }
            return stream;
        }
    }

    /** Counts what is read and stops with 413 at the first byte over the limit. */
    private static final class Counted extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private long read;

        Counted(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new Problem.Raised(Problem.of(413, "Body too large", "the body has more than " + max
                        + " bytes; at most " + max + " are accepted"));
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
