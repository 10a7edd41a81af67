package org.leadpact.app.cli;

import picocli.CommandLine.Option;

/** The {@code --progress} option of long-running commands (a picocli mixin): when to draw the bar. */
final class ProgressOption {
    enum When { auto, always, never }

    @Option(names = "--progress", defaultValue = "auto", paramLabel = "WHEN",
            description = "Progress bar on standard error: auto (when it is a terminal), always, never.")
    When progress = When.auto;

    boolean shown() {
        return switch (progress) {
            case always -> true;
            case never -> false;
            case auto -> System.getenv("LEADPACT_STDERR_TTY") != null ? "1".equals(System.getenv("LEADPACT_STDERR_TTY"))
                    : System.console() != null;
        };
    }
}
