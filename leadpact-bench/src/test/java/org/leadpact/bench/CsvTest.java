package org.leadpact.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void a_quoted_field_keeps_its_commas_doubled_quotes_and_line_breaks() {
        String text = "a,b,c\n\"Banking, Investment And Insurance\",\"say \"\"hi\"\"\",\"two\nlines\"\n";
        assertThat(Csv.records(text)).containsExactly(List.of("a", "b", "c"),
                List.of("Banking, Investment And Insurance", "say \"hi\"", "two\nlines"));
    }

    @Test
    void empty_fields_are_kept_even_at_the_end_of_a_record() {
        assertThat(Csv.records("x,,\n,\"\",y")).containsExactly(List.of("x", "", ""), List.of("", "", "y"));
    }

    @Test
    void crlf_line_ends_a_byte_order_mark_and_blank_lines_do_not_show_in_the_values() {
        assertThat(Csv.records("\uFEFFa,b\r\n\r\n1,2\r\n")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void a_quote_inside_a_bare_field_is_an_ordinary_character() {
        assertThat(Csv.records("5\" screen,x")).containsExactly(List.of("5\" screen", "x"));
    }

    @Test
    void a_table_names_each_value_by_its_column() {
        List<Csv.Row> rows = Csv.table("Prospect ID,Converted\nabc,1\n");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("Prospect ID")).isEqualTo("abc");
            assertThat(row.get("Converted")).isEqualTo("1");
        });
    }

    @Test
    void a_record_with_the_wrong_number_of_fields_is_refused() {
        assertThatThrownBy(() -> Csv.table("a,b\n1,2,3\n"))
                .hasMessageContaining("record 1 has 3 fields, the header has 2");
    }

    @Test
    void an_unclosed_quote_is_refused() {
        assertThatThrownBy(() -> Csv.records("a,\"b\n")).hasMessageContaining("not closed");
    }

    @Test
    void asking_for_a_column_the_header_lacks_is_refused() {
        Csv.Row row = Csv.table("a\n1\n").get(0);
        assertThatThrownBy(() -> row.get("b")).hasMessageContaining("no column 'b'");
    }
}
