package org.leadpact.app.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadpact.agreement.MarketingSla;
import org.leadpact.app.reports.ReportBook;
import org.leadpact.app.reports.ReportOutput;
import org.leadpact.app.reports.ReportQuery;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.service.Failure;
import org.leadpact.app.store.Tokens.Holder;
import org.leadpact.app.store.Tokens.Role;
import org.leadpact.reports.Report;

/**
 * GET /api/v1/reports/...: every report as JSON, or CSV with {@code Accept: text/csv} or {@code format=csv}.
 * Admin, marketing and sales managers read them all; a sales rep reads only their own aging.
 */
final class ReportRoutes {
    static final String CSV = "text/csv";

    private final ReportBook book;
    private final Agreements agreements;
    private final Clock clock;

    ReportRoutes(ReportBook book, Agreements agreements, Clock clock) {
        this.book = book;
        this.agreements = agreements;
        this.clock = clock;
    }

    void register(Javalin app) {
        for (ReportQuery.Kind kind : ReportQuery.Kind.values()) {
            app.get("/api/v1/reports/" + kind.path(), ctx -> answer(ctx, kind));
        }
    }

    private void answer(Context ctx, ReportQuery.Kind kind) {
        Map<String, String> params = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((name, values) -> params.put(name, values.isEmpty() ? null : values.getLast()));
        boolean csv = csv(ctx, params.remove("format"));
        mayRead(ctx, kind, params);
        Report report;
        try {
            report = book.run(ReportQuery.parse(kind, params, book.teams()), clock.instant(), sla());
        } catch (ReportQuery.Invalid e) {
            throw new Problem.Raised(new Problem(400, "Invalid request", e.getMessage(), null,
                    List.of(new Failure.FieldProblem(e.parameter(), 0, e.getMessage()))));
        }
        if (csv) {
            ctx.contentType(CSV + "; charset=utf-8").result(ReportOutput.csv(report));
        } else {
            ctx.contentType("application/json").result(ReportOutput.json(report));
        }
    }

    private static boolean csv(Context ctx, String format) {
        if (format == null) {
            String accept = ctx.header("Accept");
            return accept != null && accept.contains(CSV);
        }
        if (!format.equals("csv") && !format.equals("json")) {
            throw new Problem.Raised(new Problem(400, "Invalid request", "format: json or csv", null,
                    List.of(new Failure.FieldProblem("format", 0, "'" + format + "' is not json or csv"))));
        }
        return format.equals("csv");
    }

    /** A rep reads the aging of their own leads only: their rep filter is set for them. */
    private static void mayRead(Context ctx, ReportQuery.Kind kind, Map<String, String> params) {
        Holder holder = Access.holder(ctx);
        if (holder.role() != Role.SALES_REP) {
            Access.require(ctx, Role.ADMIN, Role.MARKETING, Role.SALES_MANAGER);
            return;
        }
        String asked = params.get("rep");
        boolean ownAging = kind == ReportQuery.Kind.AGING || kind == ReportQuery.Kind.AGING_LEADS;
        if (!ownAging || asked != null && !asked.equals(holder.rep())) {
            throw new Problem.Raised(Problem.of(403, "Forbidden", "a sales-rep token reads only its own aging "
                    + "(GET /api/v1/reports/aging)"));
        }
        params.put("rep", holder.rep());
    }

    private MarketingSla sla() {
        return agreements.active().map(a -> Agreements.agreement(a).marketingSla()).orElse(MarketingSla.DEFAULT);
    }
}
