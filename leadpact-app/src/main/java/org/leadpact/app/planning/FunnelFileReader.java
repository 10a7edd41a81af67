package org.leadpact.app.planning;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.leadpact.app.agreement.FileProblem;
import org.leadpact.app.document.Binder;
import org.leadpact.app.document.DocumentReader;
import org.leadpact.app.document.YamlNode;
import org.leadpact.planning.Funnel;

/**
 * Reads a funnel file, {@code {"stages": [...], "entering": N, "rates": [...]}}, with every problem
 * reported as {@code FILE:LINE: PATH: MESSAGE}. Numbers are kept exactly as written.
 */
public final class FunnelFileReader {
    private FunnelFileReader() {
    }

    /** The funnel, or the problems that keep the file from being one. */
    public record Read(Funnel funnelOrNull, List<FileProblem> problems) {
    }

    public static Read read(Path file) throws IOException {
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    public static Read parse(String name, String content) {
        DocumentReader reader = DocumentReader.json();
        YamlNode root;
        try {
            root = reader.read(content);
        } catch (DocumentReader.SyntaxError e) {
            return new Read(null, List.of(new FileProblem(name, e.line(), "", e.getMessage())));
        }
        Binder b = new Binder();
        reader.problems().forEach(p -> b.problem(p.line(), p.path(), p.message()));
        Binder.Obj top = b.obj(root, "");
        List<String> stages = top.get("stages", true, (n, p) -> b.list(n, p, b::text));
        BigDecimal entering = top.get("entering", true, (n, p) -> number(b, n, p, true));
        List<BigDecimal> rates = top.get("rates", true, (n, p) -> b.list(n, p, (i, ip) -> number(b, i, ip, false)));
        top.done("stages", "entering", "rates");
        Funnel funnel = null;
        if (b.problems().isEmpty()) {
            funnel = b.attempt(root, rates.size() != stages.size() - 1 ? "rates" : "stages",
                    () -> new Funnel(stages, entering, rates));
        }
        List<FileProblem> problems = b.problems().stream().sorted(Comparator.comparingInt(Binder.Problem::line))
                .map(p -> new FileProblem(name, p.line() == 0 ? b.lineOf(p.path()) : p.line(), p.path(), p.message()))
                .toList();
        return new Read(problems.isEmpty() ? funnel : null, problems);
    }

    /** {@code entering}: a whole number, zero or more; a rate: a share between 0 and 1. */
    private static BigDecimal number(Binder b, YamlNode node, String path, boolean whole) {
        b.remember(path, node.line());
        if (!(node instanceof YamlNode.Scalar s) || s.type() != YamlNode.Scalar.Type.WHOLE_NUMBER
                && s.type() != YamlNode.Scalar.Type.DECIMAL) {
            b.problem(node, path, "must be a number");
            return null;
        }
        BigDecimal value = new BigDecimal(s.text());
        if (whole && (value.signum() < 0 || value.stripTrailingZeros().scale() > 0)) {
            b.problem(node, path, "must be a whole number of leads, zero or more (got " + s.text() + ")");
            return null;
        }
        if (!whole && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
            b.problem(node, path, "must be a share between 0 and 1 (got " + s.text() + "; write 70% as 0.70)");
            return null;
        }
        return value;
    }
}
