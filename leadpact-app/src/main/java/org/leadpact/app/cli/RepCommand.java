package org.leadpact.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.leadpact.app.service.Failure;
import org.leadpact.app.service.RepChange;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.DirectoryStore;
import org.leadpact.app.view.RoutingViews;
import org.leadpact.routing.Away;
import org.leadpact.routing.Rep;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leadpact rep add|set|list|away|import}: the reps routing gives leads to. */
@Command(name = "rep", mixinStandardHelpOptions = true, description = "Add, change, list and import sales reps.",
        subcommands = {RepCommand.Add.class, RepCommand.Set.class, RepCommand.ListReps.class, RepCommand.AwayCmd.class,
            RepImport.class})
final class RepCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The fields a rep command may set; unset options keep the rep's value. */
    static class Fields {
        @Option(names = "--name", description = "Full name (default: the id).")
        String name;
        @Option(names = "--email", description = "Where hand-offs and SLA warnings are sent.")
        String email;
        @Option(names = "--webhook", paramLabel = "URL", description = "The rep's own webhook (e.g. Slack), instead of "
                + "the shared one.")
        String webhook;
        @Option(names = "--holidays", paramLabel = "COUNTRY", description = "Whose public holidays the rep's SLA "
                + "calendar keeps, e.g. DE (default: the agreement calendar's).")
        String holidays;
        @Option(names = "--team", description = "The rep's team (created when new).")
        String team;
        @Option(names = "--time-zone", paramLabel = "ZONE", description = "e.g. Europe/Berlin (default UTC).")
        String zone;
        @Option(names = "--hours", paramLabel = "WINDOWS", description = "Working hours, e.g. \"Mon-Fri 09:00-17:00\".")
        String hours;

        RepChange change(String id, Boolean active) {
            return new RepChange(id, name, email, active, team, zone, hours, webhook, holidays);
        }
    }

    /** Saves a change, or explains every bad field as a usage error. */
    static Rep save(DirectoryStore directory, RepChange change, Optional<Rep> existing) {
        try {
            Rep rep = change.applyTo(existing);
            directory.save(rep, Instant.now());
            return rep;
        } catch (Failure.Invalid invalid) {
            throw usage(invalid);
        }
    }

    /** Every bad field of a rep or team change as a usage error naming its option. */
    static IllegalArgumentException usage(Failure.Invalid invalid) {
        return new IllegalArgumentException(invalid.problems().stream().map(p -> option(p.path()) + ": "
                + p.message()).reduce((a, b) -> a + "; " + b).orElse(invalid.getMessage()));
    }

    /** The option that sets a field. */
    private static String option(String field) {
        return switch (field) {
            case "timeZone" -> "--time-zone";
            case "workingHours" -> "--hours";
            case "id" -> "ID";
            default -> "--" + field;
        };
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a rep (refused when the id exists).")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @CommandLine.Mixin
        DatabaseOption db = new DatabaseOption();
        @CommandLine.Mixin
        Fields fields = new Fields();
        @Parameters(paramLabel = "ID", description = "The rep's id, as leads are assigned to it.")
        String id;
        @Option(names = "--inactive", description = "Never give them leads (yet).")
        boolean inactive;

        @Override
        public Integer call() {
            try (Database database = db.open()) {
                DirectoryStore directory = new DirectoryStore(database);
                if (directory.rep(id).isPresent()) {
                    throw new IllegalArgumentException("rep " + id + " exists; change them with: leadpact rep set " + id);
                }
                print(spec, save(directory, fields.change(id, !inactive), Optional.empty()));
            }
            return 0;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Change a rep; options left out stay.")
    static final class Set implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @CommandLine.Mixin
        DatabaseOption db = new DatabaseOption();
        @CommandLine.Mixin
        Fields fields = new Fields();
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--active", arity = "1", paramLabel = "true|false", description = "Inactive reps get no leads.")
        Boolean active;

        @Override
        public Integer call() {
            try (Database database = db.open()) {
                DirectoryStore directory = new DirectoryStore(database);
                Optional<Rep> existing = directory.rep(id);
                if (existing.isEmpty()) {
                    throw new IllegalArgumentException("no rep " + id + "; add them with: leadpact rep add " + id);
                }
                print(spec, save(directory, fields.change(id, active), existing));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List reps.")
    static final class ListReps implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @CommandLine.Mixin
        DatabaseOption db = new DatabaseOption();
        @Option(names = "--json", description = "JSON instead of a table.")
        boolean json;

        @Override
        public Integer call() {
            try (Database database = db.open()) {
                PrintWriter out = spec.commandLine().getOut();
                var reps = new DirectoryStore(database).reps();
                if (json) {
                    out.println(JsonOut.write(java.util.Map.of("reps", reps.stream().map(RoutingViews::rep).toList())));
                } else {
                    reps.forEach(r -> RoutingViews.printRep(out, r));
                }
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "away", mixinStandardHelpOptions = true,
            description = "Record an out-of-office period: routing skips the rep from FROM until UNTIL.")
    static final class AwayCmd implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @CommandLine.Mixin
        DatabaseOption db = new DatabaseOption();
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--from", required = true, description = "An instant (2027-03-20T08:00:00Z) or a date (UTC).")
        String from;
        @Option(names = "--until", required = true, description = "Exclusive; an instant or a date (UTC).")
        String until;
        @Option(names = "--note", description = "e.g. holiday")
        String note;

        @Override
        public Integer call() {
            try (Database database = db.open()) {
                DirectoryStore directory = new DirectoryStore(database);
                if (directory.rep(id).isEmpty()) {
                    throw new IllegalArgumentException("no rep " + id);
                }
                directory.addAway(id, new Away(instant("--from", from), instant("--until", until), note), Instant.now());
                print(spec, directory.rep(id).orElseThrow());
            }
            return 0;
        }
    }

    /** An instant, or a date meaning its start in UTC. */
    static Instant instant(String option, String text) {
        try {
            return text.contains("T") ? Instant.parse(text) : java.time.LocalDate.parse(text).atStartOfDay()
                    .toInstant(java.time.ZoneOffset.UTC);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is neither an instant "
                    + "(2027-03-20T08:00:00Z) nor a date (2027-03-20)");
        }
    }

    static void print(CommandLine.Model.CommandSpec spec, Rep rep) {
        RoutingViews.printRep(spec.commandLine().getOut(), rep);
        spec.commandLine().getOut().flush();
    }

}
