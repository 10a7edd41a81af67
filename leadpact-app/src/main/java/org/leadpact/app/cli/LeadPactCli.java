package org.leadpact.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code leadpact} command line. Wiring by hand: each subcommand is a small class. */
@Command(name = "leadpact", mixinStandardHelpOptions = true, versionProvider = LeadPactCli.Version.class,
        description = "LeadPact: the sales & marketing agreement as running software.",
        subcommands = {AgreementCommand.class, ScoreCommand.class, ServeCommand.class, TokenCommand.class,
            ImportCommand.class, ExportCommand.class, RebuildCommand.class, PlanCommand.class, WhatIfCommand.class,
            ReportCommand.class, SlaCommand.class, SimulateCommand.class, DemoCommand.class, RepCommand.class,
            TeamCommand.class, QueueCommand.class, RouteCommand.class, BacktestCommand.class,
            CommandLine.HelpCommand.class})
public final class LeadPactCli implements Runnable {

    /** Exit code for input that is wrong (an invalid file), as opposed to a failure of LeadPact. */
    public static final int INVALID_INPUT = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs a command line with its output going to the given writers (tests, embedding). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return commandLine().setOut(out).setErr(err).execute(args);
    }

    private static CommandLine commandLine() {
        // Library chatter (migrations applied, pool started) is not for the terminal.
        java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
        return new CommandLine(new LeadPactCli()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(LeadPactCli::failed);
    }

    /** Bad input is the user's to fix (exit 2, one line); anything else is ours (exit 1). */
    private static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        if (e instanceof IllegalArgumentException) {
            cl.getErr().println("leadpact: " + e.getMessage());
            cl.getErr().flush();
            return INVALID_INPUT;
        }
        cl.getErr().println("leadpact: failed: " + e);
        if (System.getenv("LEADPACT_DEBUG") != null) {
            e.printStackTrace(cl.getErr());
        } else {
            cl.getErr().println("(set LEADPACT_DEBUG=1 for the stack trace)");
        }
        cl.getErr().flush();
        return 1;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = LeadPactCli.class.getResourceAsStream("/leadpact.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"LeadPact " + p.getProperty("version", "unknown"), "Java " + Runtime.version()};
        }
    }
}
