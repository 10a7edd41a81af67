package org.leadpact.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.app.simulation.Simulation;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * {@code leadpact demo} as a person meets it: the demo runs in its own process exactly as the launcher
 * starts it (a fresh folder, the embedded database, a simulated company, here a small one so the test
 * stays quick), and headless chromium signs in with the tokens it prints. The admin visits every tab
 * (screenshots in target/screenshots/demo-*.png); the rep opens a lead from their queue, logs a call,
 * sets a disposition and sees the queue and the lead page change; the admin uploads, signs for both
 * sides and activates a new agreement version. The demo's live simulation keeps running meanwhile: it
 * leaves a lead alone once a person changed it, so it cannot race the rep's clicks.
 */
class DemoBrowserIT {
    static final Pattern URL = Pattern.compile("LeadPact demo listening on (http://\\S+)");
    static final Pattern ADMIN = Pattern.compile("admin token: (\\S+)");
    static final Pattern REP = Pattern.compile("rep token \\((.+), (\\S+)\\): (\\S+)");

    @TempDir
    static Path dir;

    static Process demo;
    static final Map<String, Matcher> printed = new ConcurrentHashMap<>();
    static final StringBuffer output = new StringBuffer();
    static Browser browser;

    @BeforeAll
    static void startTheDemo() throws Exception {
        Path folder = Path.of("target", "demo-it-" + System.currentTimeMillis());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        demo = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.leadpact.app.cli.LeadPactCli", "demo", "--folder", folder.toString(), "--port", "0",
                "--leads", "3000", "--reps", "12", "--seed", "7")
                .redirectError(Files.createDirectories(Path.of("target")).resolve("demo-it.stderr").toFile())
                .start();
        CountDownLatch ready = new CountDownLatch(1);
        Thread.ofPlatform().daemon().start(() -> read(ready));
        assertThat(ready.await(120, TimeUnit.SECONDS)).as("the demo printed its URL and tokens:%n%s", output).isTrue();
        int port = Integer.parseInt(printed.get("url").group(1).replaceAll(".*:", ""));
        browser = new Browser(port, dir.resolve("chromium"));
    }

    /** Reads the demo's output as it comes, noting the URL and tokens; keeps draining so it never blocks. */
    private static void read(CountDownLatch ready) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                output.append(line).append('\n');
                for (var p : Map.of("url", URL, "admin", ADMIN, "rep", REP).entrySet()) {
                    Matcher m = p.getValue().matcher(line);
                    if (m.find()) {
                        printed.put(p.getKey(), m);
                    }
                }
                if (printed.size() == 3) {
                    ready.countDown();
                }
            }
        } catch (IOException ignored) {
            // the demo stopped
        }
    }

    @AfterAll
    static void stopTheDemo() throws InterruptedException {
        if (browser != null) {
            browser.close();
        }
        if (demo != null) {
            demo.destroy(); // SIGTERM: the demo's own Ctrl-C path stops the live part, the server, the database
            if (!demo.waitFor(30, TimeUnit.SECONDS)) {
                demo.destroyForcibly();
            }
        }
    }

    @Test
    void on_the_running_demo_an_admin_sees_every_page_a_rep_works_a_lead_and_a_new_agreement_is_activated() {
        signIn(printed.get("admin").group(1), "/ui/scoreboard");
        for (Layout.Tab tab : Layout.TABS) {
            browser.open(tab.href());
            assertThat(browser.path()).isEqualTo(tab.href());
            assertThat(browser.text("h1")).as(tab.label()).isNotBlank().isNotEqualTo("Not found");
            assertThat(browser.find("header nav a.active").getText()).isEqualTo(tab.label());
            browser.screenshot("demo-" + tab.label().toLowerCase(java.util.Locale.ROOT));
        }

        String rep = printed.get("rep").group(2);
        browser.open("/ui/queue");
        browser.click("#busiest a"); // the fullest queue
        assertThat(browser.text("h1")).startsWith("Queue of ");
        assertThat(browser.all("table.queue tbody tr")).isNotEmpty();
        browser.screenshot("demo-queue-admin");
        browser.open("/ui/queue?rep=" + rep);
        assertThat(browser.text("h1")).contains(rep);
        browser.open("/ui/sign-out");

        workALeadAsTheRep(printed.get("rep").group(3), printed.get("rep").group(1));
        browser.open("/ui/sign-out");
        signIn(printed.get("admin").group(1), "/ui/scoreboard");
        uploadSignAndActivate();
    }

    private void workALeadAsTheRep(String token, String name) {
        signIn(token, "/ui/queue");
        assertThat(browser.text("#who")).contains(name);
        browser.screenshot("demo-queue-rep");
        List<WebElement> rows = browser.all("table.queue tbody tr");
        assertThat(rows).as("the demo's rep has open leads").isNotEmpty();
        // A handed-off lead: accepting it is allowed, and it stays on the queue as sales-accepted. One whose
        // clocks are not overdue, so that the call and the disposition stop them in time (met, on the scoreboard).
        List<WebElement> handedOff = rows.stream().filter(r -> r.findElements(org.openqa.selenium.By.cssSelector("td"))
                .get(1).getText().equals("handed-off")).toList();
        String lead = handedOff.stream().sorted(java.util.Comparator.comparing(r -> r.findElements(
                        org.openqa.selenium.By.cssSelector(".overdue")).size()))
                .map(r -> r.findElement(org.openqa.selenium.By.cssSelector("a")).getAttribute("href")
                        .replaceAll(".*/ui/leads/", "")).findFirst()
                .orElseThrow(() -> new AssertionError("no handed-off lead on the queue:\n" + browser.text("table.queue")));
        int[] before = slaClocks();
        browser.open("/ui/queue");

        browser.click("table.queue a[href='/ui/leads/" + lead + "']");
        assertThat(browser.path()).isEqualTo("/ui/leads/" + lead);
        assertThat(browser.text("#lead-card .stage")).isEqualTo("handed-off");
        assertThat(browser.text("#routing")).as("why this rep").contains(browser.text("#lead-card .owner"));
        assertThat(browser.text("#clocks")).contains("status update", "salesSla.statusUpdateWithin");
        String outcome = "left a voicemail " + System.nanoTime();
        browser.type("input[name=outcome]", outcome);
        browser.click("#log-touch");
        assertThat(browser.text("#flash")).isEqualTo("sales-call logged");
        assertThat(browser.text("#timeline")).contains(outcome);
        new Select(browser.find("#disposition")).selectByVisibleText("accepted");
        browser.click("#set-disposition");
        assertThat(browser.text("#flash")).isEqualTo("disposition accepted set");
        assertThat(browser.text("#lead-card .stage")).isEqualTo("sal");
        assertThat(statusOf("status update")).isIn("met", "breached, stopped late");
        assertThat(statusOf("first follow-up")).isIn("met", "breached, stopped late");
        browser.screenshot("demo-lead");
        browser.scrollTo("#clocks");
        browser.screenshot("demo-lead-clocks");

        // The rep's scoreboard moves: the lead's clocks stop, so more of the rep's clocks are settled (met or
        // breached) than before. Its report may be made again in the background: look again for a while.
        int[] after = slaClocks();
        for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30); after[0] + after[1] <= before[0] + before[1]
                && System.nanoTime() < until; after = slaClocks()) {
            Thread.onSpinWait();
        }
        assertThat(after[0] + after[1]).as("the rep's settled SLA clocks (met + breached) this quarter, before: %s met, "
                + "%s breached, %s running; after: %s", before[0], before[1], before[2], java.util.Arrays.toString(after))
                .isGreaterThan(before[0] + before[1]);
        browser.screenshot("demo-scoreboard-rep-after");

        browser.open("/ui/queue");
        WebElement row = browser.find("table.queue a[href='/ui/leads/" + lead + "']")
                .findElement(org.openqa.selenium.By.xpath("./ancestor::tr"));
        assertThat(row.findElements(org.openqa.selenium.By.cssSelector("td")).get(1).getText()).isEqualTo("sal");
        assertThat(row.findElements(org.openqa.selenium.By.cssSelector("[data-clock=status-update]"))).isEmpty();
        assertThat(row.findElements(org.openqa.selenium.By.cssSelector("[data-clock=first-follow-up]"))).isEmpty();
        browser.screenshot("demo-queue-after");
    }

    private static final Pattern CLOCKS = Pattern.compile("\\((\\d+) met, (\\d+) breached, (\\d+) running\\)");

    /** The signed-in holder's scoreboard this quarter: their SLA clocks met, breached and running. */
    private int[] slaClocks() {
        browser.open("/ui/scoreboard?period=quarter");
        String figure = browser.text("#sales-sla-met");
        if (figure.equals("–")) { // none of their leads has a clock in the quarter yet
            return new int[] {0, 0, 0};
        }
        Matcher m = CLOCKS.matcher(figure);
        assertThat(m.find()).as("the SLA clocks figure: %s", figure).isTrue();
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    /** The state cell of the lead page's latest clock of that kind (a lead handed off twice has two). */
    private String statusOf(String clock) {
        return browser.all("#clocks tbody tr").stream().filter(r -> r.getText().startsWith(clock))
                .map(r -> r.findElement(org.openqa.selenium.By.cssSelector(".state")).getText()).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no clock " + clock + ":\n" + browser.text("#clocks")));
    }

    private void uploadSignAndActivate() {
        String document = Simulation.agreementDocument().replace("version: \"sim-2025.1\"", "version: \"sim-2025.2\"")
                .replaceAll("(?s)\nsignatures:\n.*?\n\n", "\n\n");
        assertThat(document).contains("sim-2025.2").doesNotContain("Dana Reyes");
        browser.open("/ui/agreement");
        browser.fill("textarea[name=document]", document);
        browser.click("#upload");
        assertThat(browser.text("#flash")).isEqualTo("version sim-2025.2 uploaded");
        assertThat(browser.text("#agreement .badge")).isEqualTo("awaiting signatures");
        for (String side : List.of("marketing", "sales")) {
            browser.type("#signature-" + side + " input[name=name]", side.equals("sales") ? "Sam Okafor" : "Dana Reyes");
            browser.type("#signature-" + side + " input[name=role]", side.equals("sales") ? "VP Sales" : "VP Marketing");
            browser.click("#sign-" + side);
            assertThat(browser.text("#flash")).isEqualTo("signed for " + side);
        }
        browser.click("#activate");
        assertThat(browser.text("#flash")).isEqualTo("version sim-2025.2 is active");
        browser.open("/ui/agreement");
        assertThat(browser.text("#agreement .version")).isEqualTo("sim-2025.2");
        assertThat(browser.text("#agreement .badge")).isEqualTo("active");
        browser.screenshot("demo-agreement-activated");
    }

    private void signIn(String token, String landing) {
        browser.open("/ui/sign-in");
        browser.type("input[name=token]", token);
        browser.submit("#sign-in");
        assertThat(browser.path()).isEqualTo(landing);
    }
}
