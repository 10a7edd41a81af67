package org.leadpact.words;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The closed vocabularies of LeadPact (activity types, dispositions, stages, ...) are enums written
 * in files as kebab-case codes: {@code COULD_NOT_REACH} is {@code could-not-reach}.
 */
public final class Codes {
    private Codes() {
    }

    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> Optional<E> fromCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> code(e).equals(code)).findFirst();
    }

    public static <E extends Enum<E>> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::code).toList();
    }
}
