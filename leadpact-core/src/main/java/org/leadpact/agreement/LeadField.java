package org.leadpact.agreement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Contact information the agreement can require before a lead may be handed to sales. */
public enum LeadField {
    FULL_NAME, FIRST_NAME, LAST_NAME, COMPANY, TITLE, PHONE, EMAIL, BUSINESS_EMAIL, CITY, STATE, COUNTRY,
    WEBSITE, INDUSTRY;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<LeadField> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst();
    }
}
