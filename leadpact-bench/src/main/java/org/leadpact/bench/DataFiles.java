package org.leadpact.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the benchmark's inputs are. The data sets live outside the repository, beside it in
 * {@code ../shared/data}: their terms of use are unknown, so they are not committed here. Paths are tried
 * from the repository root (how the benchmark jar is run) and from a module directory (how Maven runs
 * tests); a system property overrides each.
 */
public final class DataFiles {
    public static final String LEADS_PROPERTY = "leadpact.xeducation.leads";
    public static final String AGREEMENT_PROPERTY = "leadpact.xeducation.agreement";

    private DataFiles() {
    }

    /** {@code Leads.csv} of the X Education data set, when it is on this machine. */
    public static Optional<Path> xEducationLeads() {
        return find(LEADS_PROPERTY, "../shared/data/x-education-leads/Leads.csv",
                "../../shared/data/x-education-leads/Leads.csv");
    }

    /** The agreement written for that data, {@code examples/x-education.yaml}. */
    public static Path xEducationAgreement() {
        return find(AGREEMENT_PROPERTY, "examples/x-education.yaml", "../examples/x-education.yaml")
                .orElseThrow(() -> new IllegalStateException("examples/x-education.yaml not found from "
                        + Path.of("").toAbsolutePath() + "; run from the repository root or set -D"
                        + AGREEMENT_PROPERTY));
    }

    private static Optional<Path> find(String property, String... candidates) {
        String given = System.getProperty(property);
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given)).filter(Files::isRegularFile);
        }
        return List.of(candidates).stream().map(Path::of).filter(Files::isRegularFile)
                .map(p -> p.toAbsolutePath().normalize()).findFirst();
    }
}
