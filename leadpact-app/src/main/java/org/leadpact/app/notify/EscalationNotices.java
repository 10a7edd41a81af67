package org.leadpact.app.notify;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.leadpact.agreement.Recipient;
import org.leadpact.app.sla.Escalations;
import org.leadpact.sla.EscalationStep;

/**
 * SLA escalations told to the people the agreement names, through the notification outbox: a warning
 * to the rep, a breach to the rep and their manager, each by e-mail and/or webhook as their hand-off
 * packets go. The rows are written in the transaction that records the clock's transition, and each
 * one's id comes from the clock, the step and the recipient, so each person hears of it once; sending,
 * retries and dead letters are the outbox worker's. Marketing operations is told at the address the
 * server was given for it ({@link Recipients#MARKETING_OPERATIONS}); without one, what they are to hear
 * stays in the escalation record.
 */
public final class EscalationNotices implements Escalations {
    private static final int TEXT_CHARS = 4000;

    private final NotifyConfig config;
    private final Runnable wake;
    private final Clock clock;

    EscalationNotices(NotifyConfig config, Runnable wake, Clock clock) {
        this.config = config;
        this.wake = wake;
        this.clock = clock;
    }

    @Override
    public void warn(Handle tx, String rep, String lead, EscalationStep step) {
        tell(tx, lead, step, people(step, rep, null));
    }

    @Override
    public void breach(Handle tx, String rep, String manager, String lead, EscalationStep step) {
        tell(tx, lead, step, people(step, rep, manager));
    }

    /** The reassignment itself is routing's; the rep it leaves is told, the one it reaches gets the packet. */
    @Override
    public void reassign(Handle tx, String lead, EscalationStep step) {
        tell(tx, lead, step, people(step, step.clock().owner(), null));
    }

    /** Whom of rep, manager and marketing operations the step names, each once; those without an address left out. */
    private List<String> people(EscalationStep step, String rep, String manager) {
        List<String> people = new ArrayList<>();
        if (rep != null && step.recipients().contains(Recipient.REP)) {
            people.add(rep);
        }
        if (manager != null && !people.contains(manager) && step.recipients().contains(Recipient.MANAGER)) {
            people.add(manager);
        }
        if (step.recipients().contains(Recipient.MARKETING_OPERATIONS)
                && config.recipients().rep(Recipients.MARKETING_OPERATIONS).isPresent()) {
            people.add(Recipients.MARKETING_OPERATIONS);
        }
        return people;
    }

    private void tell(Handle tx, String lead, EscalationStep step, List<String> people) {
        if (people.isEmpty() || !config.enabled()) {
            return;
        }
        Delivery.Notice notice = notice(step);
        java.util.Set<Enqueuer.Target> told = new java.util.HashSet<>();
        for (String person : people) {
            for (Enqueuer.Target t : Enqueuer.targets(config, person)) {
                // The shared webhook hears of a transition once, not once per person it concerns.
                if (t.address() == null || told.add(t)) {
                    Outbox.addNotice(tx, lead, person, t.channel(), t.address(), notice, clock.instant());
                }
            }
        }
        tx.afterCommit(wake);
    }

    static Delivery.Notice notice(EscalationStep step) {
        var c = step.clock();
        String what = switch (step.kind()) {
            case WARNING -> "SLA warning";
            case BREACH -> "SLA breached";
            case REASSIGN -> "SLA: lead reassigned";
        };
        String subject = what + ": " + c.kind().code() + " of lead " + c.leadId() + (c.owner() == null ? ""
                : " (rep " + c.owner() + ")");
        String text = step.words() + "\n\nClock: " + c.id() + "\nClause: " + step.clause() + "\nAgreement: "
                + c.agreementVersion() + "\nDue: " + c.dueAt() + "\n";
        return new Delivery.Notice(c.id() + "/" + step.kind().code(), subject,
                text.length() <= TEXT_CHARS ? text : text.substring(0, TEXT_CHARS));
    }
}
