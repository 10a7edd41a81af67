package org.leadpact.app.notify;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.leadpact.app.csv.CsvReader;
import org.leadpact.app.csv.CsvTable;

/**
 * Recipients read once from a CSV file with a header: {@code rep,name,email,managerEmail,webhook} (only
 * {@code rep} required; columns in any order). Every bad row is reported as {@code FILE:LINE: message},
 * all at once, and nothing is loaded then.
 */
public final class RecipientsFile implements Recipients {
    static final List<String> COLUMNS = List.of("rep", "name", "email", "managerEmail", "webhook");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private final Map<String, Recipient> byRep;

    private RecipientsFile(Map<String, Recipient> byRep) {
        this.byRep = Map.copyOf(byRep);
    }

    public static RecipientsFile read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), in);
        }
    }

    public static RecipientsFile read(String name, Reader in) throws IOException {
        Map<String, Recipient> byRep = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (CsvTable table = open(name, in)) {
            if (!table.header().contains("rep")) {
                throw new IllegalArgumentException(name + ":1: the header must name the column rep (columns: "
                        + String.join(",", COLUMNS) + ")");
            }
            table.header().stream().filter(c -> !COLUMNS.contains(c)).findFirst().ifPresent(c -> problems.add(name
                    + ":1: unknown column '" + c + "' (columns: " + String.join(",", COLUMNS) + ")"));
            for (CsvReader.Record r = table.next(); r != null; r = table.next()) {
                if (r.malformed()) {
                    problems.add(name + ":" + r.line() + ": " + r.problem());
                    continue;
                }
                CsvTable.Row row = table.row(r);
                check(name, row, byRep, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new RecipientsFile(byRep);
    }

    private static CsvTable open(String name, Reader in) throws IOException {
        try {
            return CsvTable.open(in);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private static void check(String name, CsvTable.Row row, Map<String, Recipient> byRep, List<String> problems) {
        String at = name + ":" + row.line() + ": ";
        String rep = row.values().get("rep");
        if (rep == null || rep.isBlank()) {
            problems.add(at + "rep is empty");
            return;
        }
        if (byRep.containsKey(rep.strip())) {
            problems.add(at + "rep " + rep.strip() + " is listed twice");
            return;
        }
        Recipient recipient = new Recipient(rep.strip(), row.values().get("name"), row.values().get("email"),
                row.values().get("managerEmail"), row.values().get("webhook"));
        int before = problems.size();
        for (String address : new String[] {recipient.email(), recipient.managerEmail()}) {
            if (address != null && !EMAIL.matcher(address).matches()) {
                problems.add(at + "'" + address + "' is not an e-mail address");
            }
        }
        if (recipient.webhook() != null && !recipient.webhook().matches("https?://.+")) {
            problems.add(at + "webhook '" + recipient.webhook() + "' is not an http(s) URL");
        }
        if (problems.size() == before) {
            byRep.put(recipient.rep(), recipient);
        }
    }

    @Override
    public Optional<Recipient> rep(String repId) {
        return Optional.ofNullable(byRep.get(repId));
    }

    public int size() {
        return byRep.size();
    }
}
