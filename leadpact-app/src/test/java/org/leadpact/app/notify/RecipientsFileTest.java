package org.leadpact.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class RecipientsFileTest {
    @Test
    void reps_are_read_by_id_with_their_name_addresses_and_webhook() throws Exception {
        RecipientsFile file = RecipientsFile.read("reps.csv", new StringReader("""
                rep,name,email,managerEmail,webhook
                alice,Alice Ng,alice@acme.example,maria@acme.example,
                bob,Bob Stone,,,https://hooks.acme.example/bob
                """));
        assertThat(file.size()).isEqualTo(2);
        assertThat(file.rep("alice")).hasValue(new Recipient("alice", "Alice Ng", "alice@acme.example",
                "maria@acme.example", null));
        assertThat(file.rep("bob").orElseThrow().webhook()).isEqualTo("https://hooks.acme.example/bob");
        assertThat(file.rep("carol")).isEmpty();
    }

    @Test
    void only_the_rep_column_is_required_and_columns_come_in_any_order() throws Exception {
        RecipientsFile file = RecipientsFile.read("reps.csv", new StringReader("email,rep\nalice@acme.example,alice\n"));
        assertThat(file.rep("alice").orElseThrow().email()).isEqualTo("alice@acme.example");
    }

    @Test
    void every_bad_row_is_reported_with_its_line_and_nothing_is_loaded() {
        assertThatThrownBy(() -> RecipientsFile.read("reps.csv", new StringReader("""
                rep,email,webhook
                alice,not-an-address,
                ,bob@acme.example,
                carol,carol@acme.example,ftp://x
                dave,dave@acme.example
                alice,alice@acme.example,
                """))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reps.csv:2: 'not-an-address' is not an e-mail address")
                .hasMessageContaining("reps.csv:3: rep is empty")
                .hasMessageContaining("reps.csv:4: webhook 'ftp://x' is not an http(s) URL")
                .hasMessageContaining("reps.csv:5: has 2 fields, the header has 3");
        assertThatThrownBy(() -> RecipientsFile.read("reps.csv", new StringReader("name,email\nA,a@b.example\n")))
                .hasMessage("reps.csv:1: the header must name the column rep (columns: rep,name,email,managerEmail,webhook)");
    }
}
