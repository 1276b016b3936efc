package ca.gc.cpa.browser;

import ca.gc.cpa.CpaApplication;
import ca.gc.cpa.replay.MissionSeed;
import ca.gc.cpa.replay.Replay;
import ca.gc.cpa.replay.ReplayBenchmark;
import ca.gc.cpa.replay.Scenario;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.openqa.selenium.By;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures of the program's picture on a replayed history, printed, never asserted: {@code GET /api/program}
 * and {@code /api/program/forecast} one after the other as mona (p50, p95, max), then the Cockpit "Program" page
 * in headless Chromium, opened afresh each time, from the navigation to the page's figures, tables and three
 * charts drawn (its {@code data-ready-ms}).
 *
 * <p>{@code ./mvnw -B -ntp -Pbenchmark test-compile exec:exec@program-benchmark} replays {@code -Dprogram.tours}
 * (100) tours of {@code -Dprogram.missions} (3) missions requested {@code -Dprogram.spacing} (P30D) apart from
 * {@code -Dprogram.years} (8) years back, at most {@code -Dprogram.maxPositions} (8) positions a rotation (the demo
 * slice), into an H2 file under target/benchmark/program-&lt;ts&gt;/ first; {@code -Dprogram.db=/path/to/cpa} (an H2 file, without
 * {@code .mv.db}, e.g. the two-decade demo data) measures that database as it is instead.
 */
public final class ProgramBenchmark {

  private ProgramBenchmark() {}

  public static void main(String[] args) throws Exception {
    String db = System.getProperty("program.db", "");
    int tours = Integer.getInteger("program.tours", 100);
    int missions = Integer.getInteger("program.missions", 3);
    int years = Integer.getInteger("program.years", 8);
    int maxPositions = Integer.getInteger("program.maxPositions", 8);
    String spacing = System.getProperty("program.spacing", "P30D");
    long seed = Long.getLong("program.seed", 2006);
    int requests = Integer.getInteger("program.requests", 200);
    int pageLoads = Integer.getInteger("program.pageLoads", 10);

    Path file = db.isBlank() ? Path.of("target", "benchmark", "program-" + System.currentTimeMillis(), "cpa") : Path.of(db);
    List<String> appArgs = List.of("--spring.datasource.url=" + ReplayBenchmark.applicationH2Url(file), "--server.port=0",
        "--logging.level.root=WARN");
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CpaApplication.class).profiles("demo")
        .run(appArgs.toArray(String[]::new))) {
      if (db.isBlank()) {
        long started = System.nanoTime();
        var result = app.getBean(Replay.class).run(MissionSeed.catalogue(missions, seed), tours,
            LocalDate.now().minusYears(years), Duration.parse(spacing), Scenario.realistic(seed, maxPositions),
            line -> System.out.print("\r" + line));
        ClockUtil.reset();
        System.out.printf(Locale.ROOT, "%nreplay: %d tours, %d missions, %d user tasks in %.0f s%n", result.tours(),
            result.missions(), result.userTasks(), (System.nanoTime() - started) / 1e9);
      }
      JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
      int tourRows = jdbc.sql("SELECT COUNT(*) FROM tour").query(Integer.class).single();
      int missionRows = jdbc.sql("SELECT COUNT(*) FROM mission").query(Integer.class).single();
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();

      HttpClient http = HttpClient.newHttpClient();
      String mona = "Basic " + Base64.getEncoder().encodeToString("mona:demo".getBytes(StandardCharsets.UTF_8));
      String body = get(http, port, "/api/program", mona);
      int months = body.split("\"byMission\"").length - 1;
      List<Double> program = timed(http, port, "/api/program", mona, requests);
      List<Double> forecast = timed(http, port, "/api/program/forecast", mona, requests);

      List<Double> page = new ArrayList<>();
      List<Double> plugin = new ArrayList<>();
      try (Browser browser = new Browser(port)) {
        browser.logIn("cockpit", "mona");
        for (int i = 0; i <= pageLoads; i++) {
          browser.driver.get("about:blank");
          long opened = System.nanoTime();
          browser.open("/camunda/app/cockpit/default/#/program");
          var ready = browser.waiting(120).until(d -> d.findElements(By.cssSelector("#cpa-program[data-ready-ms]"))
              .stream().findFirst().orElse(null));
          double ms = (System.nanoTime() - opened) / 1e6;
          if (i > 0) { // the first load warms the browser's cache and the server's code paths
            page.add(ms);
            plugin.add(Double.parseDouble(ready.getDomAttribute("data-ready-ms")));
          }
        }
        browser.capture("program-benchmark");
      }
      System.out.printf(Locale.ROOT, "program: tours=%d missions=%d history_months=%d requests=%d"
              + " api_p50_ms=%.1f api_p95_ms=%.1f api_max_ms=%.1f forecast_p50_ms=%.1f forecast_p95_ms=%.1f"
              + " page_loads=%d page_ready_p50_ms=%.0f page_ready_max_ms=%.0f plugin_ready_p50_ms=%.0f plugin_ready_max_ms=%.0f%n",
          tourRows, missionRows, months, requests, percentile(program, 50), percentile(program, 95),
          percentile(program, 100), percentile(forecast, 50), percentile(forecast, 95), pageLoads,
          percentile(page, 50), percentile(page, 100), percentile(plugin, 50), percentile(plugin, 100));
    }
    System.exit(0);
  }

  /** the times of {@code n} calls one after the other, after 20 to warm up, in milliseconds */
  static List<Double> timed(HttpClient http, int port, String path, String authorization, int n) throws Exception {
    for (int i = 0; i < 20; i++) {
      get(http, port, path, authorization);
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long start = System.nanoTime();
      get(http, port, path, authorization);
      times.add((System.nanoTime() - start) / 1e6);
    }
    return times;
  }

  static String get(HttpClient http, int port, String path, String authorization) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  /** nearest-rank percentile */
  static double percentile(List<Double> values, int p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }
}
