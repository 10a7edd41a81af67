package org.leadpact.app.store;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.StageChanged;

/**
 * The current state of a lead as the API reads it. Derived from the log alone (no clock, no agreement
 * lookup), so rebuilding it from the log always gives the same rows. Scores decay with time, so they
 * are computed when read, not stored.
 *
 * @param email      lower-cased, for case-insensitive matching
 * @param externalId the lead's id in another system (a CRM), from the {@code externalId} attribute
 */
public record LeadProjection(String id, int version, String email, String externalId, String stage, String owner,
                             String agreementVersion, Map<String, String> attributes, Instant lastEventAt) {

    public static final String EXTERNAL_ID = "externalId";

    public LeadProjection {
        attributes = Map.copyOf(attributes);
    }

    public static LeadProjection of(LeadState state) {
        var history = state.history();
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a lead without events has no projection");
        }
        String version = agreementVersion(state);
        var attributes = state.attributes();
        return new LeadProjection(state.id(), history.size(),
                attributes.text("email").map(e -> e.toLowerCase(Locale.ROOT)).orElse(null),
                attributes.text(EXTERNAL_ID).orElse(null), state.stage().code(), state.owner(), version,
                attributes.values(), state.latestEventAt());
    }

    /** The agreement version of the lead's last stage change: the one its stage was decided under. */
    static String agreementVersion(LeadState state) {
        return state.lastStageChange().map(StageChanged::agreementVersion).orElse(null);
    }

    public Optional<String> ownerIfAny() {
        return Optional.ofNullable(owner);
    }
}
