package org.leadpact.app.lead;

import java.util.List;
import org.leadpact.app.agreement.FileProblem;
import org.leadpact.lifecycle.Command;

/**
 * A lead read from a file: its id, the commands that make its history with where each came from in
 * the file ({@code attributes}, {@code events[3]}), or the problems found.
 */
public record LeadFile(String id, List<Command> commands, List<String> sources, List<FileProblem> problems) {
    public LeadFile {
        commands = List.copyOf(commands);
        sources = List.copyOf(sources);
        problems = List.copyOf(problems);
    }

    /** Where the command at this index of {@link #commands()} came from in the file. */
    public String source(int index) {
        return index < sources.size() ? sources.get(index) : "#" + (index + 1);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
