package org.leadpact.app.web;

import io.javalin.Javalin;
import java.time.Clock;
import org.leadpact.app.backtest.Backtests;
import org.leadpact.app.service.Agreements;

/**
 * The dashboard's back-test page, {@code /ui/backtest}: a stored agreement version replayed over the log
 * beside a baseline, as {@code POST /api/v1/backtests} does, for the same roles. Reads only, so it is a
 * GET form: the result can be bookmarked and reloaded.
 */
public final class BacktestPageRoutes {
    static final String PATH = "/ui/backtest";

    private final BacktestPage page;

    public BacktestPageRoutes(Backtests backtests, Agreements agreements, Clock clock) {
        this.page = new BacktestPage(backtests, agreements, clock);
    }

    void register(Javalin app) {
        app.get(PATH, ctx -> {
            BacktestPage.Shown shown = page.show(ctx);
            ctx.status(shown.status()).html(shown.html());
        });
    }
}
