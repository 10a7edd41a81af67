package org.leadpact.app.simulation;

/**
 * Where simulated companies have their headquarters: mostly the United States (states weighted
 * roughly by business population), some Canada, and a share abroad that the target buyer excludes.
 */
final class Places {
    /** Country, weight, then per region: state code, weight, cities. */
    record Region(String state, double weight, String[] cities) {
    }

    record Country(String name, double weight, Region[] regions) {
    }

    static final Country[] COUNTRIES = {
        new Country("United States", 78, new Region[] {
            r("CA", 12, "San Francisco", "Los Angeles", "San Diego", "San Jose"), r("TX", 9, "Austin", "Dallas", "Houston"),
            r("NY", 8, "New York", "Buffalo", "Rochester"), r("FL", 6, "Miami", "Tampa", "Orlando"),
            r("IL", 4.5, "Chicago", "Naperville"), r("PA", 4, "Philadelphia", "Pittsburgh"),
            r("MA", 3.5, "Boston", "Cambridge"), r("WA", 3, "Seattle", "Bellevue"), r("GA", 3, "Atlanta"),
            r("NJ", 3, "Newark", "Princeton", "Jersey City"), r("OH", 3, "Columbus", "Cleveland", "Cincinnati"),
            r("NC", 3, "Charlotte", "Raleigh"), r("MI", 2.5, "Detroit", "Ann Arbor"), r("VA", 2.5, "Richmond", "Arlington"),
            r("CO", 2, "Denver", "Boulder"), r("AZ", 2, "Phoenix", "Scottsdale"), r("MN", 2, "Minneapolis"),
            r("TN", 1.5, "Nashville", "Memphis"), r("MO", 1.5, "St. Louis", "Kansas City"), r("OR", 1.5, "Portland"),
            r("WI", 1.2, "Milwaukee", "Madison"), r("MD", 1.2, "Baltimore"), r("IN", 1.2, "Indianapolis"),
            r("UT", 1, "Salt Lake City"), r("CT", 1, "Hartford", "Stamford"), r("NV", 0.8, "Las Vegas"),
            r("KY", 0.6, "Louisville"), r("LA", 0.6, "New Orleans"), r("OK", 0.5, "Oklahoma City"),
            r("DC", 0.5, "Washington"), r("IA", 0.4, "Des Moines"), r("NE", 0.3, "Omaha")}),
        new Country("Canada", 8, new Region[] {
            r("ON", 4, "Toronto", "Ottawa"), r("QC", 2, "Montreal"), r("BC", 1.5, "Vancouver"), r("AB", 1, "Calgary")}),
        new Country("United Kingdom", 5, new Region[] {r("England", 1, "London", "Manchester")}),
        new Country("Germany", 3, new Region[] {r("Bavaria", 1, "Munich"), r("Berlin", 1, "Berlin")}),
        new Country("India", 2.5, new Region[] {r("Karnataka", 1, "Bengaluru"), r("Maharashtra", 1, "Mumbai")}),
        new Country("Australia", 2, new Region[] {r("NSW", 1, "Sydney"), r("VIC", 1, "Melbourne")}),
        new Country("France", 1.5, new Region[] {r("Ile-de-France", 1, "Paris")})};

    private static final double[] COUNTRY_WEIGHTS = weights(COUNTRIES);

    private Places() {
    }

    private static Region r(String state, double weight, String... cities) {
        return new Region(state, weight, cities);
    }

    private static double[] weights(Country[] countries) {
        double[] w = new double[countries.length];
        for (int i = 0; i < countries.length; i++) {
            w[i] = countries[i].weight();
        }
        return w;
    }

    static Country country(Dice dice) {
        return COUNTRIES[dice.weighted(COUNTRY_WEIGHTS)];
    }

    static Region region(Country country, Dice dice) {
        double[] w = new double[country.regions().length];
        for (int i = 0; i < w.length; i++) {
            w[i] = country.regions()[i].weight();
        }
        return country.regions()[dice.weighted(w)];
    }
}
