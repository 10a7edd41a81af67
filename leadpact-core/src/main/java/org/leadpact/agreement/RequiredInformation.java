package org.leadpact.agreement;

import java.util.List;
import java.util.Set;

/**
 * The fields a lead must carry, present and valid, before hand-off. A business e-mail rejects
 * the built-in free-mail domains plus any the agreement adds.
 */
public record RequiredInformation(List<LeadField> fields, List<String> extraFreeMailDomains) {

    /** Common consumer mailbox providers; a business e-mail is never on one of these. */
    public static final Set<String> FREE_MAIL_DOMAINS = Set.of(
            "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "yahoo.co.in", "ymail.com", "hotmail.com",
            "hotmail.co.uk", "outlook.com", "live.com", "msn.com", "aol.com", "icloud.com", "me.com", "mac.com",
            "mail.com", "gmx.com", "gmx.de", "gmx.net", "web.de", "proton.me", "protonmail.com", "zoho.com",
            "yandex.com", "yandex.ru", "mail.ru", "qq.com", "163.com", "126.com", "rediffmail.com", "fastmail.com",
            "hey.com", "tutanota.com", "free.fr", "orange.fr", "laposte.net", "libero.it", "t-online.de");

    public static final RequiredInformation DEFAULT = new RequiredInformation(
            List.of(LeadField.FULL_NAME, LeadField.COMPANY, LeadField.BUSINESS_EMAIL), List.of());

    public RequiredInformation {
        fields = List.copyOf(fields);
        extraFreeMailDomains = List.copyOf(extraFreeMailDomains);
        if (fields.size() != Set.copyOf(fields).size()) {
            throw new IllegalArgumentException("a field is listed twice");
        }
    }

    public boolean isFreeMail(String domain) {
        return FREE_MAIL_DOMAINS.contains(domain) || extraFreeMailDomains.contains(domain);
    }
}
