package org.leadpact.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Countries (ISO codes or English names) and the named regions agreements use for HQ locations
 * and territories. "North America" means the United States and Canada, as B2B teams use it.
 */
public final class Regions {
    private static final Map<String, Set<String>> REGIONS = Map.ofEntries(
            Map.entry("north america", Set.of("US", "CA")),
            Map.entry("latam", Set.of("MX", "BR", "AR", "CL", "CO", "PE", "UY", "EC", "VE", "CR", "PA", "GT", "DO")),
            Map.entry("dach", Set.of("DE", "AT", "CH")),
            Map.entry("nordics", Set.of("DK", "FI", "IS", "NO", "SE")),
            Map.entry("uk&i", Set.of("GB", "IE")),
            Map.entry("benelux", Set.of("BE", "NL", "LU")),
            Map.entry("europe", Set.of("AL", "AD", "AT", "BA", "BE", "BG", "BY", "CH", "CY", "CZ", "DE", "DK", "EE",
                    "ES", "FI", "FR", "GB", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "MD",
                    "ME", "MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "SE", "SI", "SK", "SM", "UA", "VA")),
            Map.entry("middle east", Set.of("AE", "BH", "IL", "JO", "KW", "LB", "OM", "QA", "SA", "TR")),
            Map.entry("apac", Set.of("AU", "NZ", "JP", "KR", "CN", "HK", "TW", "SG", "MY", "TH", "ID", "PH",
                    "VN", "IN")),
            Map.entry("anz", Set.of("AU", "NZ")));

    private static final Map<String, String> COUNTRY_CODES = countryCodes();

    /** Sales territories inside North America, by US state and Canadian province code. */
    private static final Map<String, Set<String>> SUB_REGIONS = Map.of(
            "north america / east", Set.of("ME", "NH", "VT", "MA", "RI", "CT", "NY", "NJ", "PA", "DE", "MD", "DC",
                    "VA", "WV", "NC", "SC", "GA", "FL", "OH", "MI", "IN", "KY", "TN", "AL", "MS", "ON", "QC", "NB",
                    "NS", "PE", "NL"),
            "north america / central", Set.of("ND", "SD", "NE", "KS", "MN", "IA", "MO", "WI", "IL", "OK", "TX",
                    "AR", "LA", "MB", "SK"),
            "north america / west", Set.of("MT", "WY", "CO", "NM", "ID", "UT", "AZ", "NV", "WA", "OR", "CA", "AK",
                    "HI", "AB", "BC", "YT", "NT", "NU"));

    private Regions() {
    }

    private static Map<String, String> countryCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            codes.put(code.toLowerCase(Locale.ROOT), code);
            codes.put(Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        codes.putAll(Map.of("usa", "US", "united states of america", "US", "u.s.", "US", "uk", "GB",
                "great britain", "GB", "england", "GB", "uae", "AE"));
        return codes;
    }

    /** The ISO code of a country written as a code or an English name. */
    public static Optional<String> countryCode(String country) {
        return Optional.ofNullable(COUNTRY_CODES.get(country.strip().toLowerCase(Locale.ROOT)));
    }

    public static boolean isKnown(String location) {
        String key = location.strip().toLowerCase(Locale.ROOT);
        return REGIONS.containsKey(key) || key.equals("emea") || COUNTRY_CODES.containsKey(key);
    }

    /** A region, country, or North American territory such as "North America / East" (routing rules). */
    public static boolean isTerritory(String location) {
        return isKnown(location) || SUB_REGIONS.containsKey(location.strip().toLowerCase(Locale.ROOT));
    }

    public static boolean inAny(String country, List<String> locations) {
        Optional<String> code = countryCode(country);
        return code.isPresent() && locations.stream().anyMatch(l -> contains(l, code.get()));
    }

    /**
     * Whether a lead in this country (and state or province, may be null) lies in the region, country
     * or North American territory ("North America / East") named.
     */
    public static boolean contains(String region, String country, String state) {
        Set<String> states = SUB_REGIONS.get(region.strip().toLowerCase(Locale.ROOT));
        if (states != null) {
            return state != null && countryCode(country).filter(c -> c.equals("US") || c.equals("CA")).isPresent()
                    && states.contains(state.strip().toUpperCase(Locale.ROOT));
        }
        return inAny(country, List.of(region));
    }

    private static boolean contains(String location, String countryCode) {
        String key = location.strip().toLowerCase(Locale.ROOT);
        if (key.equals("emea")) {
            return REGIONS.get("europe").contains(countryCode) || REGIONS.get("middle east").contains(countryCode)
                    || isAfrican(countryCode);
        }
        Set<String> members = REGIONS.get(key);
        if (members != null) {
            return members.contains(countryCode);
        }
        return countryCode.equals(COUNTRY_CODES.get(key));
    }

    private static boolean isAfrican(String code) {
        return Set.of("ZA", "NG", "KE", "EG", "MA", "GH", "TN", "DZ", "ET", "TZ", "UG", "SN", "CI", "RW")
                .contains(code);
    }
}
