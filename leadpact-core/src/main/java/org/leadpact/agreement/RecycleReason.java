package org.leadpact.agreement;

import java.util.List;
import java.util.Optional;
import org.leadpact.words.Codes;

/** Why a lead goes back to marketing for nurturing. */
public enum RecycleReason {
    NOT_READY, COULD_NOT_REACH, LOST, STALE;

    public String code() {
        return Codes.code(this);
    }

    public static Optional<RecycleReason> fromCode(String code) {
        return Codes.fromCode(RecycleReason.class, code);
    }

    public static List<String> codes() {
        return Codes.codes(RecycleReason.class);
    }
}
