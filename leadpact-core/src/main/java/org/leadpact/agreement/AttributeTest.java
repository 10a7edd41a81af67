package org.leadpact.agreement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.leadpact.lead.Attributes;

/** A test on one attribute of a lead, used by scoring rules. Each says in words what it checks. */
public sealed interface AttributeTest {

    boolean passes(Attributes attributes, String attribute);

    String describe();

    record Equals(String value) implements AttributeTest {
        public boolean passes(Attributes a, String attribute) {
            return a.text(attribute).map(v -> v.equalsIgnoreCase(value)).orElse(false);
        }

        public String describe() {
            return "is " + value;
        }
    }

    record OneOf(List<String> values) implements AttributeTest {
        public OneOf {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("list at least one value");
            }
        }

        public boolean passes(Attributes a, String attribute) {
            Optional<String> v = a.text(attribute);
            return v.isPresent() && values.stream().anyMatch(x -> x.equalsIgnoreCase(v.get()));
        }

        public String describe() {
            return "is one of " + String.join(", ", values);
        }
    }

    /** A case-insensitive regular expression found anywhere in the value. */
    record Matches(String regex, Pattern compiled) implements AttributeTest {
        public Matches(String regex) {
            this(regex, compile(regex));
        }

        private static Pattern compile(String regex) {
            try {
                return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("not a valid pattern: " + e.getDescription());
            }
        }

        public boolean passes(Attributes a, String attribute) {
            return a.text(attribute).map(v -> compiled.matcher(v).find()).orElse(false);
        }

        public String describe() {
            return "matches " + regex;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Matches m && m.regex.equals(regex);
        }

        @Override
        public int hashCode() {
            return regex.hashCode();
        }
    }

    record InRange(NumberRange range) implements AttributeTest {
        public boolean passes(Attributes a, String attribute) {
            return a.number(attribute).map(range::contains).orElse(false);
        }

        public String describe() {
            return "is " + range;
        }
    }

    record Present() implements AttributeTest {
        public boolean passes(Attributes a, String attribute) {
            return a.text(attribute).isPresent();
        }

        public String describe() {
            return "is known";
        }
    }

    /** The value names a country in one of the listed locations (countries or regions). */
    record InLocation(List<String> locations) implements AttributeTest {
        public InLocation {
            locations = List.copyOf(locations);
            for (String location : locations) {
                if (!Regions.isKnown(location)) {
                    throw new IllegalArgumentException("unknown country or region '" + location + "'");
                }
            }
        }

        public boolean passes(Attributes a, String attribute) {
            return a.text(attribute).map(v -> Regions.inAny(v, locations)).orElse(false);
        }

        public String describe() {
            return "is in " + String.join(", ", locations).toLowerCase(Locale.ROOT);
        }
    }
}
