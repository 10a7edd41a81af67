package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.TestDatabases;
import org.leadpact.app.store.Tokens;

class TokenCommandIT {
    @Test
    void a_token_is_shown_once_listed_without_its_secret_and_revoked(@TempDir Path dir) {
        String url = TestDatabases.h2(dir.resolve("db"));
        CliRun created = CliRun.of("token", "create", "--db", url, "--name", "alice's phone", "--role", "sales-rep",
                "--rep", "alice");
        assertThat(created.exitCode()).as(created.err()).isZero();
        String token = created.out().strip();
        assertThat(token).startsWith("lp_").hasSizeGreaterThan(40);
        try (Database db = Database.open(url)) {
            assertThat(new Tokens(db).holder(token)).hasValueSatisfying(h -> assertThat(h.rep()).isEqualTo("alice"));
        }
        CliRun list = CliRun.of("token", "list", "--db", url);
        assertThat(list.out()).contains("sales-rep").contains("alice's phone").doesNotContain(token);
        String id = list.out().strip().split("\\s+")[0];
        assertThat(CliRun.of("token", "revoke", "--db", url, id).out()).contains("revoked " + id);
        assertThat(CliRun.of("token", "list", "--db", url).out()).isEmpty();
    }

    @Test
    void a_bad_role_or_a_rep_token_without_a_rep_is_refused(@TempDir Path dir) {
        String url = TestDatabases.h2(dir.resolve("db"));
        CliRun bad = CliRun.of("token", "create", "--db", url, "--name", "x", "--role", "superuser");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("is not one of admin, marketing, sales-manager, sales-rep");
        assertThat(CliRun.of("token", "create", "--db", url, "--name", "x", "--role", "sales-rep").err())
                .contains("a sales-rep token names the rep");
    }
}
