package org.leadpact.agreement;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Why a lead goes back to marketing for nurturing. */
public enum RecycleReason {
    NOT_READY, COULD_NOT_REACH, LOST, STALE;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<RecycleReason> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(RecycleReason::code).toList();
    }
}
