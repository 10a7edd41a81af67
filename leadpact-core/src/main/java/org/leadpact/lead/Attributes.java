package org.leadpact.lead;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What is known about the person and their company: contact details, firmographics and where the
 * lead came from. Values are text as captured; numbers are read when a rule needs them. A blank
 * value means "not known". Well-known names are constants here; any other name is a custom field.
 */
public record Attributes(Map<String, String> values) {

    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String FULL_NAME = "fullName";
    public static final String EMAIL = "email";
    public static final String COMPANY = "company";
    public static final String TITLE = "title";
    public static final String PHONE = "phone";
    public static final String CITY = "city";
    public static final String STATE = "state";
    public static final String COUNTRY = "country";
    public static final String WEBSITE = "website";
    public static final String EMPLOYEES = "employees";
    public static final String ANNUAL_REVENUE = "annualRevenue";
    public static final String INDUSTRY = "industry";
    public static final String SOURCE = "source";
    public static final String CAMPAIGN = "campaign";
    public static final String OFFER = "offer";

    /** The person asked not to be contacted: such a lead is never routed to sales or notified about. */
    public static final String DO_NOT_CONTACT = "doNotContact";

    /** Derived, never stored: the part of the e-mail address after the '@'. */
    public static final String EMAIL_DOMAIN = "emailDomain";

    public static final Attributes NONE = new Attributes(Map.of());

    public Attributes {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Attributes of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Attributes(map);
    }

    /** The known, non-blank value of an attribute (or a derived one such as {@link #EMAIL_DOMAIN}). */
    public Optional<String> text(String name) {
        if (EMAIL_DOMAIN.equals(name)) {
            return emailDomain();
        }
        if (FULL_NAME.equals(name)) {
            return fullName();
        }
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public boolean doNotContact() {
        return text(DO_NOT_CONTACT).map(v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes")).orElse(false);
    }

    public Optional<Double> number(String name) {
        return text(name).flatMap(Attributes::parseNumber);
    }

    public Optional<String> fullName() {
        String stored = values.get(FULL_NAME);
        if (stored != null && !stored.isBlank()) {
            return Optional.of(stored.strip());
        }
        Optional<String> first = text(FIRST_NAME);
        Optional<String> last = text(LAST_NAME);
        return first.isPresent() && last.isPresent()
                ? Optional.of(first.get() + " " + last.get()) : Optional.empty();
    }

    public Optional<String> emailDomain() {
        return text(EMAIL).filter(e -> e.indexOf('@') > 0)
                .map(e -> e.substring(e.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT));
    }

    /** A new set with the changes applied; a blank value in the changes clears the attribute. */
    public Attributes with(Map<String, String> changes) {
        Map<String, String> merged = new LinkedHashMap<>(values);
        changes.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                merged.remove(name);
            } else {
                merged.put(name, value);
            }
        });
        return new Attributes(merged);
    }

    private static Optional<Double> parseNumber(String text) {
        String cleaned = text.replace(",", "").replace("_", "").strip();
        try {
            return Optional.of(Double.parseDouble(cleaned));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
