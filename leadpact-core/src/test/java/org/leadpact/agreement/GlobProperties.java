package org.leadpact.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The glob matcher says what the equivalent regular expression says, for any pattern and text. */
class GlobProperties {
    private static final char[] ALPHABET = {'a', 'A', 'b', 'B', '/', '.', '-', 'é', 'É', 'z'};

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.strings().withChars(ALPHABET).withChars('*', '*', '*').ofMinLength(1).ofMaxLength(8)
                .filter(p -> !p.isBlank());
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars(ALPHABET).ofMaxLength(12);
    }

    @Property(tries = 5000)
    void the_matcher_agrees_with_the_regular_expression(@ForAll("patterns") String pattern,
                                                        @ForAll("texts") String text) {
        Glob glob = new Glob(pattern);
        assertThat(glob.matcher().matches(text)).as("%s ~ %s", pattern, text)
                .isEqualTo(glob.toRegex().matcher(text).matches());
    }

    @Property(tries = 2000)
    void a_text_made_from_the_pattern_matches_it(@ForAll("patterns") String pattern, @ForAll("texts") String filler) {
        String asciiUpper = pattern.replace("*", filler).replace('a', 'A').replace('b', 'B').replace('z', 'Z');
        assertThat(new Glob(pattern).matches(asciiUpper))
                .as("%s with %s", pattern, filler).isTrue();
    }

    @Property(tries = 200)
    void one_matcher_kept_for_many_texts_answers_each_as_a_fresh_one(@ForAll("patterns") String pattern,
            @ForAll("manyTexts") java.util.List<String> texts) {
        Glob glob = new Glob(pattern);
        Glob.Matcher kept = glob.matcher();
        for (int round = 0; round < 2; round++) { // the second round answers from the memo
            for (String text : texts) {
                assertThat(kept.matches(text)).as("%s ~ %s", pattern, text).isEqualTo(glob.toRegex().matcher(text).matches());
            }
        }
    }

    @Provide
    Arbitrary<java.util.List<String>> manyTexts() {
        return texts().list().ofMinSize(1).ofMaxSize(10_000); // beyond the memo's bound too
    }

    @Example
    void pages_match_whatever_their_case_and_only_ascii_letters_fold() {
        assertThat(new Glob("*/pricing*").matches("https://ACME.example/Pricing?x=1")).isTrue();
        assertThat(new Glob("*/pricing*").matches("https://acme.example/pricin")).isFalse();
        assertThat(new Glob("*/careers*").matches(null)).isFalse();
        assertThat(new Glob("*é*").matches("É")).isFalse();
        assertThat(new Glob("a*a").matches("a")).isFalse();
    }
}
