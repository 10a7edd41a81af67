package org.leadpact.app.simulation;

import java.text.Normalizer;
import java.util.Locale;

/** Word lists the simulated people and companies are made from. */
final class Names {
    static final String[] FIRST = {"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda",
        "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
        "Carlos", "Karen", "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Sandra", "Mark", "Ashley", "Steven",
        "Emily", "Andrew", "Michelle", "Joshua", "Amanda", "Kevin", "Melissa", "Brian", "Stephanie", "Priya",
        "Rebecca", "Wei", "Laura", "Jason", "Olivia", "Ryan", "Emma", "Jacob", "Sofia", "Nicholas", "Isabella",
        "Eric", "Mia", "Jonathan", "Chloe", "Raj", "Grace", "Samuel", "Hannah", "Benjamin", "Ava", "Dana", "Sam",
        "Aisha", "Mateo", "Yuki", "Omar", "Fatima", "Lucas", "Amelia", "Noah", "Zoe", "Ethan", "Lily", "Hiroshi",
        "Elena", "Diego", "Nora", "Kwame", "Ingrid", "Tariq", "Mei", "Pierre", "Camille", "Jordan", "Taylor"};
    static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
        "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
        "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez",
        "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill",
        "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter",
        "Roberts", "Patel", "Kim", "Chen", "Singh", "Okafor", "Reyes", "Novak", "Schmidt", "Rossi", "Dubois",
        "Tanaka", "Kowalski", "Murphy", "O'Brien", "Cohen", "Haddad", "Larsen", "Silva", "Costa", "Ivanova"};
    static final String[] COMPANY_FIRST = {"North", "Blue", "Bright", "Iron", "Silver", "Cedar", "Summit",
        "Harbor", "Pioneer", "Apex", "Granite", "Maple", "River", "Stone", "Lake", "Oak", "Pine", "Red", "Golden",
        "Eagle", "Falcon", "Prairie", "Coastal", "Metro", "Union", "Liberty", "Atlas", "Nova", "Vertex", "Crystal"};
    static final String[] COMPANY_SECOND = {"wind", "field", "point", "bridge", "gate", "line", "works", "crest",
        "ridge", "view", "wave", "stream", "path", "peak", "forge", "light", "port", "wood", "rock", "land"};
    /** A company name's last word, and the industry it implies. */
    static final String[][] KINDS = {{"Analytics", "Software"}, {"Software", "Software"}, {"Systems", "Technology"},
        {"Labs", "Technology"}, {"Logistics", "Transportation"}, {"Freight", "Transportation"},
        {"Health", "Healthcare"}, {"Medical", "Healthcare"}, {"Bank", "Financial Services"},
        {"Capital", "Financial Services"}, {"Insurance", "Insurance"}, {"Foods", "Consumer Goods"},
        {"Brands", "Consumer Goods"}, {"Retail", "Retail"}, {"Stores", "Retail"}, {"Manufacturing", "Manufacturing"},
        {"Industries", "Manufacturing"}, {"Media", "Media"}, {"Energy", "Energy"}, {"Telecom", "Telecommunications"},
        {"Consulting", "Professional Services"}, {"Partners", "Professional Services"}, {"Education", "Education"},
        {"Foundation", "Non-profit"}, {"County Services", "Government"}};

    private Names() {
    }

    /** Lower-case ASCII letters, digits, dots and hyphens: for e-mail addresses, ids and domains. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("(^-|-$)", "");
    }
}
