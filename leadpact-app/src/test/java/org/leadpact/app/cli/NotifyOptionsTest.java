package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leadpact.app.notify.NotifyConfig;
import org.leadpact.app.notify.Recipients;
import org.leadpact.app.service.Failure;
import org.leadpact.app.service.RepChange;
import picocli.CommandLine;

/** serve's marketing-operations options: where the agreement's marketing-operations escalations go. */
class NotifyOptionsTest {
    @CommandLine.Command(name = "serve")
    static final class Serve {
        @CommandLine.Mixin
        NotifyOptions notify = new NotifyOptions();
    }

    private static NotifyConfig parse(String... args) throws Exception {
        Serve serve = new Serve();
        new CommandLine(serve).parseArgs(args);
        return serve.notify.config();
    }

    @Test
    void marketing_operations_is_a_recipient_by_its_reserved_name() throws Exception {
        NotifyConfig config = parse("--smtp-host", "127.0.0.1", "--marketing-ops-email", "mops@acme.example");
        var ops = config.recipients().rep(Recipients.MARKETING_OPERATIONS).orElseThrow();
        assertThat(ops.email()).isEqualTo("mops@acme.example");
        assertThat(ops.webhook()).isNull();
        assertThat(config.recipients().rep("alice")).isEqualTo(Optional.empty());
    }

    @Test
    void without_an_address_marketing_operations_is_not_a_recipient() throws Exception {
        assertThat(parse("--smtp-host", "127.0.0.1").recipients().rep(Recipients.MARKETING_OPERATIONS)).isEmpty();
    }

    @Test
    void a_bad_address_is_refused_with_the_option_named() {
        assertThatThrownBy(() -> parse("--marketing-ops-email", "ops at acme"))
                .hasMessage("--marketing-ops-email 'ops at acme' is not an e-mail address");
        assertThatThrownBy(() -> parse("--marketing-ops-webhook", "ftp://acme"))
                .hasMessage("--marketing-ops-webhook 'ftp://acme' is not an http(s) URL");
    }

    @Test
    void no_rep_may_take_the_name_marketing_operations_is_notified_by() {
        assertThatThrownBy(() -> new RepChange(Recipients.MARKETING_OPERATIONS, null, null, null, null, null, null)
                .applyTo(Optional.empty()))
                .isInstanceOfSatisfying(Failure.Invalid.class, f -> assertThat(f.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.path()).isEqualTo("id");
                            assertThat(p.message()).contains("marketing operations is notified by");
                        }));
    }
}
