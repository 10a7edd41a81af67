package org.leadpact.app.lead;

import java.util.List;
import org.leadpact.app.agreement.FileProblem;
import org.leadpact.lifecycle.Command;

/** A lead read from a file: its id and the commands that make its history, or the problems found. */
public record LeadFile(String id, List<Command> commands, List<FileProblem> problems) {
    public LeadFile {
        commands = List.copyOf(commands);
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
