package org.leadpact.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.leadpact.app.service.Failure;
import org.leadpact.app.service.TeamChange;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.DirectoryStore;
import org.leadpact.routing.Rep;
import org.leadpact.routing.Team;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leadpact team set|list}: teams, their manager and dispatcher (how they share leads is in the
 * agreement) and their own SLA calendar.
 */
@Command(name = "team", mixinStandardHelpOptions = true, description = "Add, change and list sales teams.",
        subcommands = {TeamCommand.SetTeam.class, TeamCommand.ListTeams.class})
final class TeamCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "set", aliases = "add", mixinStandardHelpOptions = true,
            description = "Add or change a team; options left out stay.")
    static final class SetTeam implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @CommandLine.Mixin
        DatabaseOption db = new DatabaseOption();
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--name")
        String name;
        @Option(names = "--manager", paramLabel = "REP", description = "Their sales-manager token sees the team's leads.")
        String manager;
        @Option(names = "--dispatcher", paramLabel = "REP",
                description = "Receives every lead when the agreement says the team dispatches by hand.")
        String dispatcher;
        @Option(names = "--time-zone", paramLabel = "ZONE", description = "The team calendar's time zone, e.g. "
                + "Europe/Berlin (default UTC).")
        String zone;
        @Option(names = "--hours", paramLabel = "WINDOWS", description = "The team's working hours, e.g. "
                + "\"Mon-Fri 09:00-12:00, Mon-Fri 13:00-17:00\"; they count the SLA clocks of members without hours "
                + "of their own.")
        String hours;
        @Option(names = "--holidays", paramLabel = "COUNTRY", description = "Whose public holidays the team's SLA "
                + "calendar keeps, e.g. DE (default: the agreement calendar's).")
        String holidays;

        @Override
        public Integer call() {
            try (Database database = db.open()) {
                DirectoryStore directory = new DirectoryStore(database);
                Team team;
                try {
                    team = new TeamChange(id, name, manager, dispatcher, zone, hours, holidays)
                            .applyTo(directory.team(id));
                } catch (Failure.Invalid invalid) {
                    throw RepCommand.usage(invalid);
                }
                directory.save(team, Instant.now());
                print(spec.commandLine().getOut(), team, directory);
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List teams with their members.")
    static final class ListTeams implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @CommandLine.Mixin
        DatabaseOption db = new DatabaseOption();

        @Override
        public Integer call() {
            try (Database database = db.open()) {
                DirectoryStore directory = new DirectoryStore(database);
                directory.teams().forEach(t -> print(spec.commandLine().getOut(), t, directory));
            }
            return 0;
        }
    }

    static void print(PrintWriter out, Team t, DirectoryStore directory) {
        out.printf("%-16s %-24s manager %-12s dispatcher %-12s calendar %s members %s%n", t.id(), t.name(),
                t.manager() == null ? "-" : t.manager(), t.dispatcher() == null ? "-" : t.dispatcher(),
                calendar(t), directory.members(t.id()).stream().map(Rep::id).toList());
        out.flush();
    }

    /** "Mon-Fri 09:00-17:00 Europe/Berlin, holidays DE", or "-" for a team on the agreement's calendar. */
    private static String calendar(Team t) {
        return !t.hasCalendar() ? "-" : t.hours() + (t.holidayCountry() == null ? "" : ", holidays "
                + t.holidayCountry());
    }
}
