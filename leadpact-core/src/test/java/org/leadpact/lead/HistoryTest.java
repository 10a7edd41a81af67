package org.leadpact.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {
    @Test
    void appending_to_the_newest_value_leaves_older_values_as_they_were() {
        History<String> one = History.<String>empty().plus("a");
        History<String> two = one.plus("b");
        History<String> three = two.plus("c");
        assertThat(one).containsExactly("a");
        assertThat(two).containsExactly("a", "b");
        assertThat(three).containsExactly("a", "b", "c");
    }

    @Test
    void appending_to_an_older_value_branches_without_touching_the_other_line() {
        History<String> base = History.<String>empty().plus("a").plus("b");
        History<String> main = base.plus("c");
        History<String> whatIf = base.plus("x");
        assertThat(main).containsExactly("a", "b", "c");
        assertThat(whatIf).containsExactly("a", "b", "x");
        assertThat(main.plus("d")).containsExactly("a", "b", "c", "d");
        assertThat(whatIf.plus("y")).containsExactly("a", "b", "x", "y");
    }

    @Test
    void it_is_a_list_like_any_other() {
        History<Integer> h = History.of(List.of(1, 2, 3));
        assertThat(h).isEqualTo(List.of(1, 2, 3)).hasSameHashCodeAs(List.of(1, 2, 3));
        History<Integer> grown = h;
        for (int i = 4; i <= 100; i++) {
            grown = grown.plus(i);
        }
        assertThat(grown).hasSize(100).endsWith(100);
        assertThat(h).hasSize(3);
    }
}
