package org.leadpact.app.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void a_field_is_quoted_only_when_it_must_be_and_ends_with_crlf() throws IOException {
        StringWriter out = new StringWriter();
        new CsvWriter(out).write(List.of("plain", "a,b", "say \"hi\"", "two\nlines", " padded", ""));
        assertThat(out).hasToString("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",\r\n");
    }

    @Test
    void a_cell_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(CsvWriter.cell("+1 212 555 0123")).isEqualTo("'+1 212 555 0123");
        assertThat(CsvWriter.cell("-5")).isEqualTo("'-5");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvWriter.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(CsvWriter.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void what_is_written_reads_back_the_same_apart_from_the_neutralising_quote() throws IOException {
        List<String> cells = List.of("Contoso, Inc.", "\"quoted\"", "line\r\nbreak", "", "ünïcødé");
        StringWriter out = new StringWriter();
        new CsvWriter(out).write(cells);
        assertThat(CsvReader.records(out.toString())).singleElement()
                .satisfies(r -> assertThat(r.fields()).isEqualTo(cells));
    }

    @Test
    void a_neutralised_cell_gives_back_its_value_and_other_cells_stay_as_they_are() {
        assertThat(CsvWriter.original("'=HYPERLINK(\"http://evil\")")).isEqualTo("=HYPERLINK(\"http://evil\")");
        assertThat(CsvWriter.original("'+1 212 555 0123")).isEqualTo("+1 212 555 0123");
        assertThat(CsvWriter.original("'tis the season")).isEqualTo("'tis the season");
        assertThat(CsvWriter.original("'")).isEqualTo("'");
    }
}
