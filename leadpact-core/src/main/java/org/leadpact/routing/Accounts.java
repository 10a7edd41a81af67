package org.leadpact.routing;

import java.util.Optional;

/**
 * Who owns an account: the rep most recently given a lead of that e-mail domain or that company
 * (lower-case). {@link RoutingLedger} answers from the event log.
 */
public interface Accounts {
    Accounts NONE = new Accounts() {
        @Override
        public Optional<String> ownerOfDomain(String domain) {
            return Optional.empty();
        }

        @Override
        public Optional<String> ownerOfCompany(String company) {
            return Optional.empty();
        }
    };

    Optional<String> ownerOfDomain(String domain);

    Optional<String> ownerOfCompany(String company);

    static String companyKey(String company) {
        return company.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
