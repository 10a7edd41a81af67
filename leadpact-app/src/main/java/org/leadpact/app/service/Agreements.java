package org.leadpact.app.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.Signature;
import org.leadpact.agreement.Signatures;
import org.leadpact.app.agreement.AgreementFile;
import org.leadpact.app.agreement.AgreementFileReader;
import org.leadpact.app.sla.PublicHolidays;
import org.leadpact.app.store.AgreementStore;
import org.leadpact.app.store.AuditLog;
import org.leadpact.app.store.AgreementStore.StoredAgreement;
import org.leadpact.lifecycle.LeadEngine;

/**
 * Uploading, signing and activating agreement versions, and the engine of the active one. An upload
 * is checked like {@code leadpact agreement check}; a version is activated only when both sides signed.
 */
public final class Agreements {
    private final AgreementStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, LeadEngine> engines = new ConcurrentHashMap<>();
    private final PublicHolidays holidays;
    /** The active version as last read, and when (System.nanoTime): asked before every decision. */
    private volatile ActiveSeen activeSeen;

    /**
     * How long the active version read from the store is trusted: an activation here takes effect at
     * once; one by another process (a second server, the CLI) within this time.
     */
    static final long ACTIVE_TRUSTED_NANOS = 1_000_000_000L;

    private record ActiveSeen(Optional<String> version, long readAt) {
    }

    public Agreements(AgreementStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.holidays = PublicHolidays.around(java.time.LocalDate.now(clock).getYear());
    }

    /** Public holidays for business time: the engines' and the SLA clocks' calendars share them. */
    public PublicHolidays holidays() {
        return holidays;
    }

    public StoredAgreement upload(String document, String by) {
        AgreementFile file = AgreementFileReader.parse("agreement", document);
        if (!file.valid()) {
            throw new Failure.Invalid("the agreement has " + file.problems().size() + " problem(s)",
                    file.problems().stream().map(p -> new Failure.FieldProblem(p.path(), p.line(), p.message()))
                            .toList());
        }
        Agreement a = file.orThrow();
        if (!store.add(a.version(), a.name(), document, a.signatures(), clock.instant(), by)) {
            throw new Failure.Refused("agreement.version", "version " + a.version()
                    + " was uploaded before; an uploaded version never changes: give the new one a new version");
        }
        audit.record(clock.instant(), by, "agreement.upload", "agreement " + a.version(), a.name());
        return find(a.version());
    }

    public StoredAgreement find(String version) {
        return store.find(version).orElseThrow(() -> new Failure.NotFound("no agreement version " + version));
    }

    public List<StoredAgreement> all() {
        return store.all();
    }

    public Optional<StoredAgreement> active() {
        return store.active();
    }

    public StoredAgreement sign(String version, String side, String name, String role, String by) {
        find(version);
        if (!side.equals("marketing") && !side.equals("sales")) {
            throw new Failure.Invalid("side is marketing or sales",
                    List.of(new Failure.FieldProblem("side", 0, "'" + side + "' is not marketing or sales")));
        }
        try {
            store.sign(version, side, new Signature(name, role, clock.instant()));
        } catch (IllegalArgumentException e) {
            throw new Failure.Invalid(e.getMessage(), List.of(new Failure.FieldProblem("", 0, e.getMessage())));
        }
        engines.remove(version);
        audit.record(clock.instant(), by, "agreement.sign", "agreement " + version, side + ": " + name + " (" + role + ")");
        return find(version);
    }

    public StoredAgreement activate(String version, String by) {
        StoredAgreement stored = find(version);
        Optional<String> why = stored.signatures().whyNotActivatable();
        if (why.isPresent()) {
            throw new Failure.Refused("signatures", "version " + version + " cannot be activated: " + why.get());
        }
        store.activate(version, clock.instant(), by);
        activeSeen = new ActiveSeen(Optional.of(version), System.nanoTime());
        audit.record(clock.instant(), by, "agreement.activate", "agreement " + version, null);
        return find(version);
    }

    /** What {@link #adopt} did: uploaded and/or activated the version, or why it is not the active one. */
    public record Adoption(StoredAgreement agreement, boolean uploaded, boolean activated,
                           Optional<String> whyNotActive) {
    }

    /**
     * Uploads an agreement unless its version was uploaded before, then activates it when both sides
     * signed it and it is not active yet: always when {@code replaceActive}, else only when no version is
     * active (a command that merely needs an agreement must not switch the one in force).
     */
    public Adoption adopt(String document, String by, boolean replaceActive) {
        StoredAgreement stored;
        boolean uploaded = true;
        try {
            stored = upload(document, by);
        } catch (Failure.Refused alreadyThere) {
            stored = find(AgreementFileReader.parse("agreement", document).orThrow().version());
            uploaded = false;
        }
        String version = stored.version();
        Optional<StoredAgreement> active = store.active();
        if (active.filter(a -> a.version().equals(version)).isPresent()) {
            return new Adoption(stored, uploaded, false, Optional.empty());
        }
        Optional<String> unsigned = stored.signatures().whyNotActivatable();
        if (unsigned.isPresent()) {
            return new Adoption(stored, uploaded, false, unsigned);
        }
        if (active.isPresent() && !replaceActive) {
            return new Adoption(stored, uploaded, false, Optional.of("version " + active.get().version()
                    + " is active"));
        }
        return new Adoption(activate(version, by), uploaded, true, Optional.empty());
    }

    /** The engine of the active version: every new decision is made under it. */
    public LeadEngine activeEngine() {
        // Asked before every decision: read only the version; the document only when it is new here.
        String version = activeVersion().orElseThrow(() -> new Failure.Refused("agreement",
                "no agreement is active: upload one, have marketing and sales sign it, and activate it"));
        return engines.computeIfAbsent(version, v -> {
            Agreement a = agreement(find(v));
            return new LeadEngine(a, holidays.workCalendar(a.calendar()));
        });
    }

    /** The engine of the active version, or empty while no version is active. */
    public Optional<LeadEngine> activeEngineIfAny() {
        return activeVersion().isEmpty() ? Optional.empty() : Optional.of(activeEngine());
    }

    private Optional<String> activeVersion() {
        ActiveSeen seen = activeSeen;
        long now = System.nanoTime();
        if (seen == null || now - seen.readAt() >= ACTIVE_TRUSTED_NANOS) {
            seen = new ActiveSeen(store.activeVersion(), now);
            activeSeen = seen;
        }
        return seen.version();
    }

    /** The agreement of a stored version, if there is one: decisions name the version they were made under. */
    public Optional<Agreement> version(String version) {
        Optional<StoredAgreement> stored = store.find(version);
        return stored.map(s -> engines.computeIfAbsent(version, v -> new LeadEngine(agreement(s))).agreement());
    }

    /** The agreement of a stored version, with the signatures given since it was uploaded. */
    public static Agreement agreement(StoredAgreement stored) {
        Agreement a = AgreementFileReader.parse("agreement", stored.document()).orThrow();
        Signatures signatures = stored.signatures();
        return a.withSignatures(signatures);
    }
}
