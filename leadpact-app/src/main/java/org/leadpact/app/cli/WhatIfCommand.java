package org.leadpact.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.leadpact.app.planning.FunnelFileReader;
import org.leadpact.planning.Funnel;
import org.leadpact.planning.WhatIf;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code leadpact whatif}: a funnel before and after changing the conversion of some of its steps. */
@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = "What changing a stage's conversion rate is worth at the end of a funnel (see docs/planning.md).")
final class WhatIfCommand implements Callable<Integer> {
    static final String COUNTS = "counts are chained exactly from entering x each rate, without rounding in between, "
            + "and shown rounded half-up to whole numbers; the change is rounded from the exact counts";
    static final String WEAKEST = "the step with the lowest rate (the first of equal ones)";

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--funnel", required = true, paramLabel = "FILE.json",
            description = "{\"stages\": [...], \"entering\": N, \"rates\": [...]}, rates[i] from stages[i] to the next.")
    Path file;

    @Option(names = "--set", paramLabel = "FROM->TO=RATE",
            description = "A new rate for one step, e.g. \"Opportunity->Demo=0.70\"; may be repeated.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    PlanCommand.Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException(file + ": cannot read (no such file?)");
        }
        FunnelFileReader.Read read = FunnelFileReader.read(file);
        if (read.funnelOrNull() == null) {
            read.problems().forEach(err::println);
            err.flush();
            return LeadPactCli.INVALID_INPUT;
        }
        List<WhatIf.Change> changes = sets.stream().map(WhatIfCommand::change).toList();
        WhatIf whatIf;
        try {
            whatIf = WhatIf.of(read.funnelOrNull(), changes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--set: " + e.getMessage());
        }
        if (format == PlanCommand.Format.json) {
            out.println(new ObjectMapper().writeValueAsString(json(whatIf)));
        } else {
            table(out, whatIf);
        }
        out.flush();
        return 0;
    }

    /** {@code FROM->TO=RATE}; the rate is the text after the last {@code =}. */
    static WhatIf.Change change(String text) {
        int eq = text.lastIndexOf('=');
        int arrow = eq < 0 ? -1 : text.substring(0, eq).indexOf("->");
        if (arrow < 0) {
            throw new IllegalArgumentException("--set '" + text + "': write FROM->TO=RATE, e.g. Opportunity->Demo=0.70");
        }
        BigDecimal rate = Numbers.decimal("--set '" + text + "'", text.substring(eq + 1));
        return new WhatIf.Change(text.substring(0, arrow).strip(), text.substring(arrow + 2, eq).strip(), rate);
    }

    private static ObjectNode json(WhatIf w) {
        Funnel base = w.base();
        Funnel changed = w.changed();
        ObjectNode root = Json.object();
        ArrayNode stages = root.putArray("stages");
        for (int i = 0; i < base.stages().size(); i++) {
            stages.addObject().put("stage", base.stages().get(i)).put("base", WhatIf.shown(base.counts().get(i)))
                    .put("changed", WhatIf.shown(changed.counts().get(i)));
        }
        ArrayNode steps = root.putArray("steps");
        for (int i = 0; i < base.rates().size(); i++) {
            steps.addObject().put("from", base.stages().get(i)).put("to", base.stages().get(i + 1))
                    .put("base", base.rates().get(i)).put("changed", changed.rates().get(i));
        }
        root.putObject("finalStage").put("stage", base.stages().getLast())
                .put("base", WhatIf.shown(base.counts().getLast())).put("changed", WhatIf.shown(changed.counts().getLast()))
                .put("change", WhatIf.shown(w.finalDifference()));
        ObjectNode weakest = root.putObject("weakestStep");
        step(weakest.putObject("base"), base, base.weakestStep());
        step(weakest.putObject("changed"), changed, changed.weakestStep());
        root.putObject("definitions").put("counts", COUNTS).put("weakestStep", WEAKEST);
        return root;
    }

    private static void step(ObjectNode node, Funnel f, int step) {
        node.put("from", f.stages().get(step)).put("to", f.stages().get(step + 1)).put("rate", f.rates().get(step));
    }

    private static void table(PrintWriter out, WhatIf w) {
        Funnel base = w.base();
        Funnel changed = w.changed();
        TextTable t = new TextTable("stage", "rate in", "base", "changed rate", "changed", "change");
        for (int i = 0; i < base.stages().size(); i++) {
            String rate = i == 0 ? "" : Numbers.shown(base.rates().get(i - 1));
            String newRate = i == 0 ? "" : Numbers.shown(changed.rates().get(i - 1));
            long b = WhatIf.shown(base.counts().get(i));
            long c = WhatIf.shown(changed.counts().get(i));
            t.row(base.stages().get(i), rate, Numbers.shown(b), newRate, Numbers.shown(c),
                    signed(WhatIf.shown(changed.counts().get(i).subtract(base.counts().get(i)))));
        }
        t.print(out);
        out.println();
        out.printf(Locale.ROOT, "%s: %s -> %s (%s)%n", base.stages().getLast(), Numbers.shown(WhatIf.shown(
                base.counts().getLast())), Numbers.shown(WhatIf.shown(changed.counts().getLast())),
                signed(WhatIf.shown(w.finalDifference())));
        out.println("weakest step: " + weakest(base) + " before, " + weakest(changed) + " after");
        out.println(COUNTS + ".");
    }

    private static String weakest(Funnel f) {
        int s = f.weakestStep();
        return f.stages().get(s) + "->" + f.stages().get(s + 1) + " at " + Numbers.shown(f.rates().get(s));
    }

    private static String signed(long n) {
        return (n > 0 ? "+" : "") + Numbers.shown(n);
    }
}
