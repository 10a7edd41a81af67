package org.leadpact.app.cli;

import java.math.BigDecimal;
import java.util.Locale;

/** Numbers from the command line, exactly as typed, and numbers for people. */
final class Numbers {
    private Numbers() {
    }

    /** A decimal number; its option named in the complaint. */
    static BigDecimal decimal(String option, String text) {
        try {
            return new BigDecimal(text.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a number (write e.g. 500000 or 0.25)");
        }
    }

    static int whole(String option, String text) {
        BigDecimal value = decimal(option, text);
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a whole number");
        }
    }

    /** Thousands separated, as many decimals as the value has. */
    static String shown(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return String.format(Locale.ROOT, "%,." + Math.max(0, plain.scale()) + "f", plain);
    }

    /** A share as a percentage: 0.10 as 10%, 0.125 as 12.5%. */
    static String percent(BigDecimal share) {
        return shown(share.movePointRight(2)) + "%";
    }

    static String shown(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
