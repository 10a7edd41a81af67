package org.leadpact.app.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<List<String>> fields(String text) {
        return CsvReader.records(text).stream().map(CsvReader.Record::fields).toList();
    }

    @Test
    void a_quoted_field_keeps_its_commas_doubled_quotes_and_line_breaks() {
        String text = "a,b,c\n\"Banking, Investment And Insurance\",\"say \"\"hi\"\"\",\"two\nlines\"\n";
        assertThat(fields(text)).containsExactly(List.of("a", "b", "c"),
                List.of("Banking, Investment And Insurance", "say \"hi\"", "two\nlines"));
    }

    @Test
    void empty_fields_are_kept_even_at_the_end_of_a_record() {
        assertThat(fields("x,,\n,\"\",y")).containsExactly(List.of("x", "", ""), List.of("", "", "y"));
    }

    @Test
    void crlf_line_ends_a_byte_order_mark_and_blank_lines_do_not_show_in_the_values() {
        assertThat(fields("\uFEFFa,b\r\n\r\n1,2\r\n")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void a_quote_inside_a_bare_field_is_an_ordinary_character() {
        assertThat(fields("5\" screen,x")).containsExactly(List.of("5\" screen", "x"));
    }

    @Test
    void each_record_knows_the_line_it_starts_on_even_after_a_field_spanning_lines() {
        List<CsvReader.Record> records = CsvReader.records("h\n\"one\r\ntwo\nthree\"\n\nlast\n");
        assertThat(records).extracting(CsvReader.Record::line).containsExactly(1, 2, 6);
        assertThat(records.get(1).fields()).containsExactly("one\r\ntwo\nthree");
    }

    @Test
    void text_after_a_closing_quote_makes_the_record_malformed_and_reading_goes_on() {
        List<CsvReader.Record> records = CsvReader.records("\"a\"b,c\nd,e\n");
        assertThat(records.get(0).problem()).isEqualTo("text after the closing quote of field 1");
        assertThat(records.get(1)).isEqualTo(new CsvReader.Record(2, List.of("d", "e"), null));
    }

    @Test
    void a_quote_never_closed_spoils_only_its_own_line_and_the_rows_after_it_are_read() {
        List<CsvReader.Record> records = CsvReader.records("id,name\n1,\"Ann\n2,Bob\n3,Cy\n");
        assertThat(records).hasSize(4);
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(1).problem()).isEqualTo("the quote opened on line 2 is never closed");
        assertThat(records.subList(2, 4)).containsExactly(new CsvReader.Record(3, List.of("2", "Bob"), null),
                new CsvReader.Record(4, List.of("3", "Cy"), null));
    }

    @Test
    void an_unclosed_quote_on_the_last_line_ends_the_reading_cleanly() {
        List<CsvReader.Record> records = CsvReader.records("a\n\"b");
        assertThat(records).hasSize(2);
        assertThat(records.get(1).malformed()).isTrue();
    }

    @Test
    void a_record_longer_than_the_limit_is_refused_without_reading_the_rest_into_it() {
        String huge = "\"" + "x".repeat(CsvReader.MAX_RECORD_CHARS);
        List<CsvReader.Record> records = CsvReader.records("a\n" + huge + "\nnext\n");
        assertThat(records.get(1).problem()).contains("is not closed within");
        assertThat(records.get(2)).isEqualTo(new CsvReader.Record(3, List.of("next"), null));
    }

    @Test
    void a_table_names_each_value_by_its_column() {
        List<CsvTable.Row> rows = CsvTable.rows("Prospect ID,Converted\nabc,1\n");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("Prospect ID")).isEqualTo("abc");
            assertThat(row.get("Converted")).isEqualTo("1");
            assertThat(row.line()).isEqualTo(2);
        });
    }

    @Test
    void a_table_record_with_the_wrong_number_of_fields_is_malformed() {
        assertThatThrownBy(() -> CsvTable.rows("a,b\n1,2,3\n")).hasMessage("line 2: has 3 fields, the header has 2");
    }

    @Test
    void a_header_naming_a_column_twice_is_refused() {
        assertThatThrownBy(() -> CsvTable.rows("a,b,a\n1,2,3\n")).hasMessageContaining("names column 'a' twice");
    }

    @Test
    void asking_for_a_column_the_header_lacks_is_refused() {
        CsvTable.Row row = CsvTable.rows("a\n1\n").get(0);
        assertThatThrownBy(() -> row.get("b")).hasMessageContaining("no column 'b'");
    }
}
