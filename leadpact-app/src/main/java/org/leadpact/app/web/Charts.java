package org.leadpact.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * A chart on a page: a {@code div} carrying its ECharts option as JSON in a data attribute. The page
 * stays plain server-rendered HTML; {@code charts.js} (served from the app, like ECharts itself from
 * its WebJar) draws every such div, so no page writes inline script and nothing comes from the internet.
 */
final class Charts {
    /** Marks a page that needs the chart scripts; {@link Layout} looks for it. */
    static final String MARKER = "data-chart=";

    /** The ECharts version of the WebJar on the class path; one place to change it. */
    static final String ECHARTS_VERSION = "5.3.1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Charts() {
    }

    /**
     * A chart {@code div} with the given id and ECharts option (maps, lists, strings and numbers, as
     * ECharts documents them). The caption is the chart's accessible name.
     */
    static String chart(String id, String caption, Map<String, ?> option) {
        try {
            return "<div class=\"chart\" id=\"" + Html.escape(id) + "\" role=\"img\" aria-label=\"" + Html.escape(caption)
                    + "\" " + MARKER + "\"" + Html.escape(JSON.writeValueAsString(option)) + "\"></div>";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("chart option is not JSON: " + e.getMessage(), e);
        }
    }

    static String scripts() {
        return "<script src=\"/ui/static/echarts.min.js\" defer></script><script src=\"/ui/static/charts.js\" defer></script>";
    }
}
