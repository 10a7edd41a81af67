package org.leadpact.app.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.leadpact.app.csv.CsvWriter;
import org.leadpact.reports.Report;
import org.leadpact.reports.Section;

/**
 * A report written out: JSON (the report itself, definitions included), CSV (each table under a line
 * naming it, a blank line between tables, the definitions last) or an aligned table for people.
 */
public final class ReportOutput {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private ReportOutput() {
    }

    public static String json(Report report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String csv(Report report) {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        try {
            for (Section s : withDefinitions(report)) {
                csv.write(List.of(s.name()));
                csv.write(s.columns());
                for (List<Object> row : s.rows()) {
                    csv.write(row.stream().map(ReportOutput::cell).toList());
                }
                csv.write(List.of());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String table(Report report) {
        StringBuilder out = new StringBuilder();
        out.append(report.report()).append('\n');
        for (Section s : report.sections()) {
            out.append('\n').append(s.name()).append('\n');
            List<List<String>> lines = new ArrayList<>();
            lines.add(s.columns());
            s.rows().forEach(r -> lines.add(r.stream().map(ReportOutput::cell).toList()));
            int[] widths = new int[s.columns().size()];
            lines.forEach(l -> {
                for (int i = 0; i < l.size(); i++) {
                    widths[i] = Math.max(widths[i], l.get(i).length());
                }
            });
            for (List<String> l : lines) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < l.size(); i++) {
                    line.append(i == 0 ? "" : "  ").append(i == 0 ? pad(l.get(i), widths[i], false)
                            : pad(l.get(i), widths[i], true));
                }
                out.append(line.toString().stripTrailing()).append('\n');
            }
            if (s.rows().isEmpty()) {
                out.append("(none)\n");
            }
        }
        out.append("\nDefinitions\n");
        report.definitions().forEach((term, meaning) -> out.append("  ").append(term).append(": ").append(meaning)
                .append('\n'));
        return out.toString();
    }

    private static List<Section> withDefinitions(Report report) {
        List<Section> all = new ArrayList<>(report.sections());
        Section.Builder d = Section.of("definitions", "term", "definition");
        for (Map.Entry<String, String> e : report.definitions().entrySet()) {
            d.row(e.getKey(), e.getValue());
        }
        all.add(d.build());
        return all;
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(width - text.length());
        return right ? spaces + text : text + spaces;
    }

    static String cell(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal d -> d.toPlainString();
            default -> value.toString();
        };
    }
}
