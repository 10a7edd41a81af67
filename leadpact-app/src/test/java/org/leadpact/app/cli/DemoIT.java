package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leadpact demo} from the packaged jar, as a user starts it: a small company, then the API. */
class DemoIT {
    private static final Pattern URL = Pattern.compile("LeadPact demo listening on (http://127\\.0\\.0\\.1:\\d+)");
    private static final Pattern TOKEN = Pattern.compile("admin token: (\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void the_demo_serves_a_simulated_company_whose_numbers_keep_moving_until_it_is_stopped() throws Exception {
        Path out = dir.resolve("demo.out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process demo = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", "target/leadpact.jar", "demo", "--leads",
                "400", "--port", "0", "--folder", dir.resolve("data").toString(), "--pace", "0.2"))
                .redirectOutput(out.toFile()).redirectError(dir.resolve("demo.err").toFile()).start();
        try {
            String text = awaitOutput(demo, out, TOKEN);
            Matcher url = URL.matcher(text);
            Matcher token = TOKEN.matcher(text);
            assertThat(url.find() && token.find()).as(text).isTrue();
            assertThat(text).contains("400 leads", "agreement vsim-2025.1 uploaded", "activated");

            JsonNode all = get(url.group(1) + "/api/v1/leads?limit=1000", token.group(1));
            Set<String> stages = new HashSet<>();
            all.get("leads").forEach(lead -> stages.add(lead.get("stage").asText()));
            assertThat(stages).as("stages of the simulated leads").contains("new", "handed-off")
                    .hasSizeGreaterThanOrEqualTo(5);
            assertThat(get(url.group(1) + "/api/v1/leads?stage=mql&limit=1000", token.group(1)).get("leads"))
                    .allSatisfy(lead -> assertThat(lead.get("stage").asText()).isEqualTo("mql"));

            assertThat(awaitLiveLead(url.group(1), token.group(1))).as("a lead the live simulation created").isTrue();
        } finally {
            demo.destroy();
            assertThat(demo.waitFor(20, TimeUnit.SECONDS)).as("stopped in time").isTrue();
        }
        assertThat(Files.readString(out)).contains("demo stopped");
    }

    /** Simulated leads have ids lead-s42-...; the live simulation creates leads through the service: lead-<uuid>. */
    private boolean awaitLiveLead(String base, String token) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            for (JsonNode lead : get(base + "/api/v1/leads?limit=20", token).get("leads")) {
                if (!lead.get("id").asText().startsWith("lead-s42-")) {
                    return true;
                }
            }
            Thread.sleep(200);
        }
        return false;
    }

    private JsonNode get(String url, String token) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static String awaitOutput(Process p, Path out, Pattern wanted) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && p.isAlive()) {
            String text = Files.readString(out, StandardCharsets.UTF_8);
            if (wanted.matcher(text).find()) {
                return text;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the demo did not print its token: " + Files.readString(out)
                + Files.readString(out.resolveSibling("demo.err")));
    }
}
