package org.leadpact.app.simulation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.leadpact.lead.Attributes;

/**
 * Makes prospects: a person (name, title, e-mail) at a company (name, domain, size, industry, HQ).
 * Companies are numbered; a company's details follow from the seed and its number alone, so the
 * many leads of one company agree on them without a table of companies in memory.
 */
final class Prospects {
    private static final String[] FREE_MAIL = {"gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com"};
    private static final String[] LEVELS = {"Marketing Manager", "Senior Marketing Manager", "Director of Marketing",
        "VP Marketing", "Head of Marketing", "Marketing Operations Manager", "Director, Digital Marketing",
        "Vice President of Marketing", "Demand Generation Manager", "Chief Marketing Officer", "Marketing Specialist",
        "Marketing Coordinator", "Marketing Analyst", "Sales Manager", "VP Sales", "IT Director", "Finance Manager",
        "Operations Manager", "Founder", "Software Engineer", "Marketing Intern", "Student"};
    /** Base weights of {@link #LEVELS}; the first eight fit the target buyer's titles. */
    private static final double[] LEVEL_WEIGHTS = {20, 7, 12, 7, 6, 8, 4, 3, 5, 2, 6, 4, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2};
    private static final int FITTING_LEVELS = 8;

    /** The attribute naming the landing page the lead converted on (reports group by it). */
    static final String LANDING_PAGE = "landingPage";

    private final long seed;
    private final int companies;

    Prospects(long seed, int leads) {
        this.seed = seed;
        this.companies = Math.max(50, leads / 6);
    }

    Prospect make(long number, LeadSource source, Dice dice) {
        Map<String, String> a = new LinkedHashMap<>();
        String first = dice.pick(Names.FIRST);
        String last = dice.pick(Names.LAST);
        a.put(Attributes.FIRST_NAME, first);
        a.put(Attributes.LAST_NAME, last);
        a.put(Attributes.TITLE, LEVELS[title(source, dice)]);
        long companyNumber = (long) (companies * Math.pow(dice.uniform(), 1.6)); // some companies send many leads
        Employer employer = employer(companyNumber);
        boolean freeMail = dice.chance(source.name().equals("purchased-list") ? 0.05 : 0.12);
        String local = Names.slug(first + "." + last) + "." + Long.toString(number, 36);
        a.put(Attributes.EMAIL, local + "@" + (freeMail ? dice.pick(FREE_MAIL) : employer.domain()));
        a.put(Attributes.COMPANY, employer.name());
        if (dice.chance(source.complete())) {
            a.put(Attributes.PHONE, phone(employer.country(), dice));
        }
        a.put(Attributes.CITY, employer.city());
        a.put(Attributes.STATE, employer.state());
        a.put(Attributes.COUNTRY, employer.country());
        if (dice.chance(Math.min(1, source.complete() + 0.1))) {
            a.put(Attributes.WEBSITE, "https://www." + employer.domain());
        }
        a.put(Attributes.EMPLOYEES, Integer.toString(employer.employees()));
        a.put(Attributes.INDUSTRY, employer.industry());
        a.put("segment", employer.employees() >= 1000 ? "enterprise" : employer.employees() >= 100 ? "mid-market"
                : "smb");
        a.put(Attributes.SOURCE, source.name());
        a.put(Attributes.CAMPAIGN, dice.pick(source.campaigns()));
        a.put(Attributes.OFFER, dice.pick(source.offers()));
        String page = source.landingPages().isEmpty() ? null : dice.pick(source.landingPages());
        if (page != null) {
            a.put(LANDING_PAGE, page);
        }
        if (dice.chance(0.004)) {
            a.put(Attributes.DO_NOT_CONTACT, "true");
        }
        double interest = Math.min(1, dice.uniform() * dice.uniform() * 2 * source.engagement());
        double dealSize = Math.max(2_000, dice.logNormal(9_000 * Math.pow(employer.employees(), 0.3), 0.5));
        return new Prospect(a, source, page, interest, dealSize);
    }

    /** A title, fitting more often for sources whose leads fit better. */
    private static int title(LeadSource source, Dice dice) {
        double[] w = LEVEL_WEIGHTS.clone();
        for (int i = 0; i < FITTING_LEVELS; i++) {
            w[i] *= source.fit();
        }
        return dice.weighted(w);
    }

    record Employer(String name, String domain, String industry, int employees, String country, String state,
                    String city) {
    }

    Employer employer(long number) {
        Dice dice = Dice.of(seed, 0xc0ffeeL, number);
        String[] kind = Names.KINDS[dice.weighted(KIND_WEIGHTS)];
        String stem = dice.pick(Names.COMPANY_FIRST) + dice.pick(Names.COMPANY_SECOND);
        String name = stem + " " + kind[0];
        String domain = Names.slug(stem + kind[0]).replace("-", "") + (number % 7 == 0 ? "" : number) + ".example";
        int employees = (int) Math.min(250_000, Math.max(3, dice.logNormal(320, 1.3)));
        Places.Country country = Places.country(dice);
        Places.Region region = Places.region(country, dice);
        return new Employer(name, domain.toLowerCase(Locale.ROOT), kind[1], employees, country.name(),
                region.state(), dice.pick(region.cities()));
    }

    private static final double[] KIND_WEIGHTS = kindWeights();

    private static double[] kindWeights() {
        double[] w = new double[Names.KINDS.length];
        java.util.Arrays.fill(w, 1);
        w[Names.KINDS.length - 1] = 0.6; // government
        w[Names.KINDS.length - 2] = 0.6; // non-profit
        return w;
    }

    private static String phone(String country, Dice dice) {
        String code = switch (country) {
            case "United States", "Canada" -> "+1";
            case "United Kingdom" -> "+44";
            case "Germany" -> "+49";
            case "India" -> "+91";
            case "Australia" -> "+61";
            default -> "+33";
        };
        return code + " " + dice.between(201, 989) + " 555 " + String.format(Locale.ROOT, "%04d", dice.between(0, 9999));
    }
}
