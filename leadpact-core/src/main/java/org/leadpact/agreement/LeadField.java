package org.leadpact.agreement;

import java.util.Optional;
import org.leadpact.words.Codes;

/** Contact information the agreement can require before a lead may be handed to sales. */
public enum LeadField {
    FULL_NAME, FIRST_NAME, LAST_NAME, COMPANY, TITLE, PHONE, EMAIL, BUSINESS_EMAIL, CITY, STATE, COUNTRY,
    WEBSITE, INDUSTRY;

    public String code() {
        return Codes.code(this);
    }

    public static Optional<LeadField> fromCode(String code) {
        return Codes.fromCode(LeadField.class, code);
    }
}
