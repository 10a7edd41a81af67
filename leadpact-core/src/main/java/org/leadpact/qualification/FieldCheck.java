package org.leadpact.qualification;

import java.util.Optional;
import java.util.regex.Pattern;
import org.leadpact.agreement.LeadField;
import org.leadpact.agreement.Regions;
import org.leadpact.agreement.RequiredInformation;
import org.leadpact.lead.Attributes;

/** Is a required field present and valid? Empty means fine; otherwise the problem in words. */
final class FieldCheck {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{7,}(\\s*(x|ext\\.?)\\s*\\d+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEBSITE = Pattern.compile("^(https?://)?([a-z0-9-]+\\.)+[a-z]{2,}(:\\d+)?(/\\S*)?$",
            Pattern.CASE_INSENSITIVE);

    private FieldCheck() {
    }

    static Optional<String> problem(LeadField field, Attributes a, RequiredInformation rules) {
        return switch (field) {
            case FULL_NAME -> a.fullName().filter(n -> n.contains(" ")).isPresent() ? Optional.empty()
                    : Optional.of("full name (first and last) missing");
            case FIRST_NAME -> missing(a, Attributes.FIRST_NAME, "first name");
            case LAST_NAME -> missing(a, Attributes.LAST_NAME, "last name");
            case COMPANY -> missing(a, Attributes.COMPANY, "company");
            case TITLE -> missing(a, Attributes.TITLE, "title");
            case CITY -> missing(a, Attributes.CITY, "city");
            case STATE -> missing(a, Attributes.STATE, "state");
            case INDUSTRY -> missing(a, Attributes.INDUSTRY, "industry");
            case COUNTRY -> a.text(Attributes.COUNTRY)
                    .map(c -> Regions.countryCode(c).isPresent() ? null : "country '" + c + "' not recognised")
                    .or(() -> Optional.of("country missing"));
            case PHONE -> invalid(a, Attributes.PHONE, "phone", PHONE);
            case EMAIL -> invalid(a, Attributes.EMAIL, "e-mail", EMAIL);
            case BUSINESS_EMAIL -> invalid(a, Attributes.EMAIL, "business e-mail", EMAIL)
                    .or(() -> a.emailDomain().filter(rules::isFreeMail)
                            .map(d -> "business e-mail needed, " + d + " is a free-mail domain"));
            case WEBSITE -> invalid(a, Attributes.WEBSITE, "website", WEBSITE);
        };
    }

    private static Optional<String> missing(Attributes a, String name, String words) {
        return a.text(name).isPresent() ? Optional.empty() : Optional.of(words + " missing");
    }

    private static Optional<String> invalid(Attributes a, String name, String words, Pattern valid) {
        Optional<String> value = a.text(name);
        if (value.isEmpty()) {
            return Optional.of(words + " missing");
        }
        return valid.matcher(value.get()).matches() ? Optional.empty()
                : Optional.of(words + " '" + value.get() + "' is not valid");
    }
}
