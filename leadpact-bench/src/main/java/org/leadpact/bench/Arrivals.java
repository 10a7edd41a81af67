package org.leadpact.bench;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.FolderListener;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Flags;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the hand-off benchmark's notifications arrive, in the driver's process: GreenMail as the SMTP
 * server (the instant a message is stored in the rep's inbox is noted by a folder listener) and a JDK
 * HTTP server as the webhook receiver (the instant a request reaches its handler). Times are
 * {@link System#nanoTime()} of this process, the same clock the driver times requests with.
 */
final class Arrivals implements AutoCloseable {
    static final String REP_EMAIL = "alice@acme.example";

    private final GreenMail smtp;
    private final HttpServer webhook;
    private final AtomicInteger mails = new AtomicInteger();
    private final AtomicInteger posts = new AtomicInteger();
    private final AtomicLong lastMail = new AtomicLong();
    private final AtomicLong lastPost = new AtomicLong();

    Arrivals() throws IOException, FolderException {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp").dynamicPort());
        smtp.start();
        GreenMailUser rep = smtp.setUser(REP_EMAIL, "alice", "not-used");
        smtp.getManagers().getImapHostManager().getInbox(rep).addListener(new FolderListener() {
            @Override
            public void added(int msn) {
                lastMail.set(System.nanoTime());
                mails.incrementAndGet();
            }

            @Override
            public void expunged(int msn) {
            }

            @Override
            public void flagsUpdated(int msn, Flags flags, Long uid) {
            }

            @Override
            public void mailboxDeleted() {
            }
        });
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/", exchange -> {
            lastPost.set(System.nanoTime());
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            posts.incrementAndGet();
        });
        webhook.start();
    }

    int smtpPort() {
        return smtp.getSmtp().getPort();
    }

    String webhookUrl() {
        return "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hooks/leads";
    }

    /**
     * Waits (at most 30 s) until {@code n} e-mails and {@code n} webhook posts have arrived in all; returns
     * the arrival instants of the last e-mail and the last post.
     */
    long[] awaitBoth(int n) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (mails.get() < n || posts.get() < n) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("after 30 s: " + mails.get() + " e-mails and " + posts.get()
                        + " webhook posts of " + n);
            }
            Thread.onSpinWait();
            Thread.sleep(0, 200_000);
        }
        return new long[] {lastMail.get(), lastPost.get()};
    }

    int mails() {
        return mails.get();
    }

    int posts() {
        return posts.get();
    }

    @Override
    public void close() {
        webhook.stop(0);
        smtp.stop();
    }
}
