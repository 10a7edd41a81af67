package org.leadpact.app.exchange;

import java.util.ArrayList;
import java.util.List;
import org.leadpact.app.agreement.FileProblem;
import org.leadpact.app.document.Spelling;

/** A mapping file as read: the mapping when it is valid, and every problem found. */
public record MappingFile(String fileName, Mapping mappingOrNull, List<FileProblem> problems) {
    public MappingFile {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return mappingOrNull != null && problems.isEmpty();
    }

    /** The columns the mapping names that the CSV file's header lacks, each on the line naming it. */
    public List<FileProblem> problemsWith(List<String> header, String csvName) {
        List<FileProblem> unknown = new ArrayList<>();
        for (Mapping.Column c : mappingOrNull.columns()) {
            if (!header.contains(c.name())) {
                String hint = Spelling.closest(c.name(), header).map(s -> " (did you mean '" + s + "'?)").orElse("");
                unknown.add(new FileProblem(fileName, c.line(), c.path(), "no column '" + c.name() + "' in " + csvName
                        + hint));
            }
        }
        return unknown;
    }
}
