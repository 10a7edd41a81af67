package org.leadpact.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.leadpact.app.store.AuditLog;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.Tokens;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leadpact token create|list|revoke}: API tokens, managed on the server's database. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Create, list and revoke API tokens.",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a token and print it once; only its hash is stored.")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        DatabaseOption db = new DatabaseOption();

        @Option(names = "--name", required = true, description = "Who or what uses it (shown in the audit log).")
        String name;

        @Option(names = "--role", required = true,
                description = "admin, marketing, sales-manager or sales-rep.")
        String role;

        @Option(names = "--rep", description = "For a sales-rep token: the rep's name as leads are assigned to it.")
        String rep;

        @Override
        public Integer call() {
            Tokens.Role r = Tokens.Role.fromCode(role).orElseThrow(() -> new IllegalArgumentException("--role '" + role
                    + "' is not one of admin, marketing, sales-manager, sales-rep"));
            try (Database database = db.open()) {
                Tokens.Created created = new Tokens(database).create(name, r, rep, Instant.now());
                new AuditLog(database).record(Instant.now(), "cli", "token.create", "token " + created.holder().id(),
                        name + " (" + r.code() + (rep == null ? "" : ", rep " + rep) + ")");
                PrintWriter out = spec.commandLine().getOut();
                out.println(created.token());
                out.flush();
                spec.commandLine().getErr().println("token " + created.holder().id() + " for " + name + " ("
                        + r.code() + "): shown once, store it now");
                spec.commandLine().getErr().flush();
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List active tokens (never the secrets).")
    static final class ListTokens implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        DatabaseOption db = new DatabaseOption();

        @Override
        public Integer call() {
            try (Database database = db.open()) {
                PrintWriter out = spec.commandLine().getOut();
                for (Tokens.Holder h : new Tokens(database).active()) {
                    out.printf("%s  %-14s %s%s%n", h.id(), h.role().code(), h.name(), h.rep() == null ? "" : " (rep "
                            + h.rep() + ")");
                }
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by its id.")
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        DatabaseOption db = new DatabaseOption();

        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            try (Database database = db.open()) {
                if (!new Tokens(database).revoke(id, Instant.now())) {
                    throw new IllegalArgumentException("no active token " + id);
                }
                new AuditLog(database).record(Instant.now(), "cli", "token.revoke", "token " + id, null);
                spec.commandLine().getOut().println("revoked " + id);
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }
}
