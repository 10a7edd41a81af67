package org.leadpact.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real data sets beside the repository (../shared/data), imported into a database with their
 * mapping files and agreements from examples/, as a user would. For tests that need a store holding a
 * real funnel: {@code RealDataSets.OLIST.importInto(TestDatabases.h2(dir))}. Tests skip when the data
 * is not there (the product never depends on it).
 */
public enum RealDataSets {
    OLIST("olist-marketing-funnel/olist_marketing_qualified_leads_dataset.csv", "olist"),
    CRM_PIPELINE("crm-sales-opportunities/sales_pipeline.csv", "crm-pipeline");

    /**
     * Where the data sets are: the nearest {@code shared/data} folder above the folder the tests run in
     * (beside the repository, or beside the folder of worktrees).
     */
    public static final Path DATA = find();

    private final String file;
    private final String example;

    RealDataSets(String file, String example) {
        this.file = file;
        this.example = example;
    }

    private static Path find() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/data"))) {
                return p.resolve("shared/data");
            }
        }
        return Path.of("../../shared/data");
    }

    /** The CSV file imported; its joined files are beside it. */
    public Path csv() {
        return DATA.resolve(file);
    }

    public Path folder() {
        return csv().getParent();
    }

    public boolean present() {
        return Files.isRegularFile(csv());
    }

    public Path mapping() {
        return Path.of("../examples/" + example + "-mapping.yaml");
    }

    public Path agreement() {
        return Path.of("../examples/" + example + ".yaml");
    }

    /** What an import printed, and its exit code. */
    public record Imported(int exitCode, String out, String err) {
    }

    /** Imports the data set into the database at {@code dbUrl} (uploading and activating its agreement). */
    public Imported importInto(String dbUrl) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LeadPactCli.run(new PrintWriter(out), new PrintWriter(err), "import", csv().toString(), "--mapping",
                mapping().toString(), "--agreement", agreement().toString(), "--db", dbUrl, "--progress", "never");
        return new Imported(code, out.toString(), err.toString());
    }
}
