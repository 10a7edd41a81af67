package org.leadpact.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.leadpact.app.service.Leads.Incoming;
import org.leadpact.app.service.Leads.Result;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;

/** Requests that wait for a turn go together in the next one, each getting its own results back. */
class GroupCommitTest {
    private final GroupCommit turns = new GroupCommit();
    private final List<Integer> turnSizes = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** A thread per request (the common pool may have only one on a small machine). */
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();

    @org.junit.jupiter.api.AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** A request of {@code n} items for lead {@code lead}; the first is already answered (not pending). */
    private static GroupCommit.Request request(String lead, int n, String actor) {
        List<Incoming> items = new ArrayList<>();
        List<Integer> pending = new ArrayList<>();
        String[] leadOf = new String[n];
        for (int i = 0; i < n; i++) {
            items.add(new Incoming(new Leads.LeadRef(lead, null, null, null),
                    Activity.of(ActivityType.EMAIL_OPEN, Instant.EPOCH.plusSeconds(i)), lead + "-" + i));
            leadOf[i] = lead;
            if (i > 0) {
                pending.add(i);
            }
        }
        Result[] results = new Result[n];
        results[0] = new Leads.Recorded(Leads.Recording.DUPLICATE, lead, null);
        return new GroupCommit.Request(items, leadOf, pending, null, actor, results, new HashMap<>());
    }

    /** Answers each pending item with its event id as the lead id, so a misplaced result shows. */
    private void answer(GroupCommit.Request r) {
        turnSizes.add(r.pending().size());
        for (int i : r.pending()) {
            r.results()[i] = new Leads.Recorded(Leads.Recording.RECORDED, r.items().get(i).eventId(), null);
        }
    }

    private static List<String> answers(GroupCommit.Request r) {
        return java.util.Arrays.stream(r.results()).map(x -> ((Leads.Recorded) x).leadId()).toList();
    }

    @Test
    void requests_that_wait_for_a_turn_go_together_and_each_gets_its_own_results() throws Exception {
        CountDownLatch inTurn = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit.Request first = request("a", 3, "ingest");
        CompletableFuture<Void> holding = CompletableFuture.runAsync(() -> turns.run(first, r -> {
            inTurn.countDown();
            await(release);
            answer(r);
        }), threads);
        assertThat(inTurn.await(10, TimeUnit.SECONDS)).isTrue();
        GroupCommit.Request b = request("b", 4, "ingest");
        GroupCommit.Request c = request("c", 2, "ingest");
        GroupCommit.Request other = request("d", 2, "someone else");
        List<CompletableFuture<Void>> waiting = new ArrayList<>();
        for (GroupCommit.Request r : List.of(b, c, other)) {
            waiting.add(CompletableFuture.runAsync(() -> turns.run(r, this::answer), threads));
        }
        waitFor(3); // all three queued behind the first turn
        release.countDown();
        holding.get(10, TimeUnit.SECONDS);
        for (CompletableFuture<Void> f : waiting) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertThat(turnSizes).as("the first turn, then b and c together, and the other actor's alone").hasSize(3)
                .startsWith(2).containsExactlyInAnyOrder(2, 3 + 1, 1);
        assertThat(answers(first)).containsExactly("a", "a-1", "a-2");
        assertThat(answers(b)).containsExactly("b", "b-1", "b-2", "b-3");
        assertThat(answers(c)).containsExactly("c", "c-1");
        assertThat(answers(other)).containsExactly("d", "d-1");
    }

    @Test
    void when_a_turn_fails_every_request_in_it_fails_and_the_next_turn_goes_on() throws Exception {
        CountDownLatch inTurn = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holding = CompletableFuture.runAsync(() -> turns.run(request("a", 2, "ingest"), r -> {
            inTurn.countDown();
            await(release);
            answer(r);
        }), threads);
        assertThat(inTurn.await(10, TimeUnit.SECONDS)).isTrue();
        Map<String, CompletableFuture<Void>> waiting = new HashMap<>();
        for (String lead : List.of("b", "c")) {
            waiting.put(lead, CompletableFuture.runAsync(() -> turns.run(request(lead, 2, "ingest"), r -> {
                throw new IllegalStateException("the database went away");
            }), threads));
        }
        waitFor(2);
        release.countDown();
        holding.get(10, TimeUnit.SECONDS);
        for (CompletableFuture<Void> f : waiting.values()) {
            assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("the database went away");
        }
        GroupCommit.Request later = request("e", 2, "ingest");
        turns.run(later, this::answer);
        assertThat(answers(later)).containsExactly("e", "e-1");
    }

    private void waitFor(int requests) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (turns.waiting() < requests && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(turns.waiting()).isEqualTo(requests);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
