package org.leadpact.lead;

import java.time.Instant;

/**
 * Something that happened to a lead. The log of these events is the source of truth: a lead's
 * state is {@link LeadState#fold} over them.
 */
public sealed interface LeadEvent permits AttributesChanged, ActivityRecorded, StageChanged,
        OwnerAssigned, OpportunityStageMoved {

    /** When it happened in the world (not when it was stored). */
    Instant at();
}
