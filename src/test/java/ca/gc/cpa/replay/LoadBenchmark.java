package ca.gc.cpa.replay;


import ca.gc.cpa.CpaApplication;
import ca.gc.cpa.support.EmbeddedPostgres;
import ca.gc.cpa.support.IntakeBodies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The load figures of issue #8, printed, never asserted: the intake API ({@code POST /api/assistance-requests})
 * under concurrent clients, then the GAC desk's Tasklist list (its filter "… open tasks", first page of 15,
 * newest first, as Tasklist 7.24 asks for it) once at least 1,000 tasks are open for gac-desk.
 *
 * <p>Alone: {@code java -Xmx512m -cp … ca.gc.cpa.replay.LoadBenchmark} (or the {@code benchmark} profile's
 * execution {@code load-benchmark}) runs it on an H2 file under {@code target/benchmark/load-<ts>/} and on
 * embedded PostgreSQL; {@code -Dload.clients=20 -Dload.requests=1100 -Dload.queries=200 -Dload.only=h2|pg},
 * {@code -Dload.pacedRate=10,20,40 -Dload.pacedRequests=300} (the intake at each of these rates in turn, after the
 * clients' back-to-back run), {@code -Dload.holdSeconds=600} (keeps the database up after the run, for EXPLAIN).
 * {@link #measure} works on any running application with a fresh database in profile demo.
 */
public final class LoadBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INTAKE = "/api/assistance-requests";
  private static final String DESK = "gac-desk";
  private static final int WARM_UP_REQUESTS = 40;
  private static final int WARM_UP_QUERIES = 20;
  private static final int PAGE = 15;

  private LoadBenchmark() {}

  /**
   * @param openTasks the gac-desk tasks open (the filter's count) when the queries ran
   * @param fresh the list right after the requests
   * @param settleSeconds the wait until the database's statistics counted the new rows
   * @param settled the list once they did
   */
  public record Figures(int clients, int requests, int errors, double intakeP50Ms, double intakeP95Ms,
      double intakeMaxMs, double intakePerSecond, double intakeCpuMs, long openTasks, Lists fresh,
      double settleSeconds, Lists settled, List<Paced> paced) {

    /** the summary line: the back-to-back intake, the list, then each paced rate */
    public String line(String database) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "load %s: clients=%d requests=%d errors=%d"
              + " intake_p50_ms=%.1f intake_p95_ms=%.1f intake_max_ms=%.1f intake_per_s=%.1f intake_cpu_ms=%.1f"
              + " open_tasks=%d queries=%d query_p50_ms=%.1f query_p95_ms=%.1f count_p95_ms=%.1f query_cpu_ms=%.1f",
          database, clients, requests, errors, intakeP50Ms, intakeP95Ms, intakeMaxMs, intakePerSecond, intakeCpuMs,
          openTasks, settled.queries(), settled.p50Ms(), settled.p95Ms(), settled.countP95Ms(), settled.cpuMs()));
      line.append(String.format(Locale.ROOT, " fresh_query_p50_ms=%.1f fresh_query_p95_ms=%.1f settle_s=%.0f",
          fresh.p50Ms(), fresh.p95Ms(), settleSeconds));
      for (Paced p : paced) {
        line.append(String.format(Locale.ROOT, " paced_%.0f_per_s: requests=%d errors=%d p50_ms=%.1f p95_ms=%.1f",
            p.perSecond(), p.requests(), p.errors(), p.p50Ms(), p.p95Ms()));
      }
      return line.toString();
    }
  }

  /**
   * Tasklist's list (with its count) measured {@code queries} times, and the filter's count after each
   * ({@code cpuMs}: process CPU per list and count)
   */
  public record Lists(int queries, double p50Ms, double p95Ms, double maxMs, double countP50Ms, double countP95Ms,
      double cpuMs) {}

  /**
   * The intake at a set arrival rate from the same clients (open loop: request i is due at i / rate seconds,
   * sent by client i mod clients; its latency counts from when it was due, so a late send counts as waiting).
   * Several rates ({@code -Dload.pacedRate=10,20,40}) show up to which rate the intake keeps its p95.
   */
  public record Paced(double perSecond, int requests, int errors, double p50Ms, double p95Ms, double maxMs) {}

  public static void main(String[] args) throws Exception {
    int clients = Integer.getInteger("load.clients", 20);
    int requests = Integer.getInteger("load.requests", 1100);
    int queries = Integer.getInteger("load.queries", 200);
    String only = System.getProperty("load.only", "");
    Path dir = Path.of("target", "benchmark", "load-" + System.currentTimeMillis());
    if (!only.equals("pg")) {
      Figures h2 = run(ReplayBenchmark.applicationH2Url(dir.resolve("cpa")), "sa", "", "demo", clients, requests, queries);
      print("h2", h2);
    }
    if (!only.equals("h2")) {
      Figures pg = run(EmbeddedPostgres.newDatabase(), "postgres", "postgres", "postgres,demo", clients, requests, queries);
      print("pg", pg);
    }
    System.exit(0);
  }

  static Figures run(String url, String user, String password, String profiles, int clients, int requests,
      int queries) {
    List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
        "--spring.datasource.password=" + password, "--server.port=0", "--logging.level.root=WARN"));
    String extra = System.getProperty("load.args", "");
    if (!extra.isBlank()) {
      args.addAll(List.of(extra.trim().split("\\s+")));
    }
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CpaApplication.class)
        .profiles(profiles.split(","))
        .run(args.toArray(String[]::new))) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      Figures figures = measure(port, clients, requests, queries,
          written -> statisticsSettled(url, user, password, written));
      long hold = Long.getLong("load.holdSeconds", 0);
      if (hold > 0) {
        // time to look at the database (EXPLAIN) before the application and an embedded PostgreSQL go away
        System.out.println("holding " + hold + " s: " + url);
        try {
          Thread.sleep(hold * 1000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return figures;
    }
  }

  static void print(String database, Figures f) {
    System.out.printf(Locale.ROOT, "%s intake: %d requests from %d clients, %d errors, %.1f requests/s,"
        + " %.1f ms of process CPU a request%n", database, f.requests(), f.clients(), f.errors(), f.intakePerSecond(),
        f.intakeCpuMs());
    System.out.printf(Locale.ROOT, "%s intake latency: p50 %.1f ms, p95 %.1f ms, max %.1f ms (target p95 <= 50 ms)%n",
        database, f.intakeP50Ms(), f.intakeP95Ms(), f.intakeMaxMs());
    for (Paced p : f.paced()) {
      System.out.printf(Locale.ROOT, "%s intake at %.0f requests/s from %d clients (open loop): %d requests, %d errors,"
          + " p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", database, p.perSecond(), f.clients(), p.requests(), p.errors(),
          p.p50Ms(), p.p95Ms(), p.maxMs());
    }
    System.out.printf(Locale.ROOT, "%s open tasks for %s: %d%n", database, DESK, f.openTasks());
    System.out.printf(Locale.ROOT, "%s Tasklist list right after the requests: %d queries, p50 %.1f ms, p95 %.1f ms,"
        + " max %.1f ms; then %.0f s until the database's statistics counted the new rows%n", database,
        f.fresh().queries(), f.fresh().p50Ms(), f.fresh().p95Ms(), f.fresh().maxMs(), f.settleSeconds());
    System.out.printf(Locale.ROOT, "%s Tasklist list (filter, first %d, created desc, hal+json): %d queries, p50 %.1f ms,"
        + " p95 %.1f ms, max %.1f ms (target p95 <= 100 ms)%n", database, PAGE, f.settled().queries(),
        f.settled().p50Ms(), f.settled().p95Ms(), f.settled().maxMs());
    System.out.printf(Locale.ROOT, "%s filter count: p50 %.1f ms, p95 %.1f ms; %.1f ms of process CPU a list and count%n",
        database, f.settled().countP50Ms(), f.settled().countP95Ms(), f.settled().cpuMs());
    System.out.println(f.line(database));
  }

  /**
   * Measures the application running on {@code port} (profile demo, fresh database): {@code requests} intake
   * requests from {@code clients} threads as gina, then {@code queries} Tasklist list queries and counts of the
   * gac-desk filter as gina, one after the other: once right after the requests ("fresh": the database may
   * still plan with the statistics of empty tables), then again once {@code settle} returns (the database's
   * statistics count the new rows; it is given when the last request was answered, in epoch milliseconds).
   * Warm-up requests and queries are not counted. Fails if fewer than 1,000 gac-desk tasks are open when the
   * queries start.
   */
  public static Figures measure(int port, int clients, int requests, int queries,
      java.util.function.LongConsumer settle) {
    Client gina = new Client(port, "gina", "demo");
    String run = Long.toString(System.currentTimeMillis(), 36);
    AtomicInteger references = new AtomicInteger();

    for (int i = 0; i < WARM_UP_REQUESTS; i++) {
      gina.post(INTAKE, IntakeBodies.valid("LOAD-" + run + "-W" + references.incrementAndGet()).toString(),
          "application/json");
    }

    long[] latencies = new long[requests];
    int[] statuses = new int[requests];
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    long cpu = processCpuNanos();
    onClients(clients, "The intake load", client -> {
      for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
        String body = IntakeBodies.valid("LOAD-" + run + "-" + i).toString();
        long t = System.nanoTime();
        statuses[i] = register(gina, body);
        latencies[i] = System.nanoTime() - t;
      }
    });
    double intakeSeconds = (System.nanoTime() - start) / 1e9;
    double intakeCpuMs = (processCpuNanos() - cpu) / 1e6 / requests;
    int errors = errors(statuses);
    List<Paced> paced = new ArrayList<>();
    for (String rate : System.getProperty("load.pacedRate", "10").split(",")) {
      paced.add(paced(gina, run + "-" + rate.trim(), clients, Double.parseDouble(rate.trim()),
          Integer.getInteger("load.pacedRequests", 300)));
    }

    String filter = deskFilter(gina);
    long open = count(gina, filter);
    long byGroup = json(gina.get("/engine-rest/task/count?candidateGroup=" + DESK + "&includeAssignedTasks=true"))
        .get("count").asLong();
    System.out.printf(Locale.ROOT, "open tasks for %s: %d through its filter, %d through /task/count%n", DESK, open, byGroup);
    if (open < 1000) {
      throw new IllegalStateException("Only " + open + " open tasks for " + DESK + ": the query figures need 1,000");
    }

    long written = System.currentTimeMillis();
    Lists fresh = lists(gina, filter, open, queries);
    long settling = System.nanoTime();
    settle.accept(written);
    double settleSeconds = (System.nanoTime() - settling) / 1e9;
    String listBody = tasklistQuery().toString();
    for (int i = 0; i < WARM_UP_QUERIES; i++) {
      checked(gina.post(listPath(filter), listBody, "application/hal+json"));
      count(gina, filter);
    }
    Lists settled = lists(gina, filter, open, queries);
    Arrays.sort(latencies);
    return new Figures(clients, requests, errors, ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 1.0),
        requests / intakeSeconds, intakeCpuMs, open, fresh, settleSeconds, settled, paced);
  }

  private static String listPath(String filter) {
    return "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=" + PAGE;
  }

  /** {@code queries} times Tasklist's first page of the filter (hal+json, as Tasklist asks) and its count */
  static Lists lists(Client gina, String filter, long open, int queries) {
    String listBody = tasklistQuery().toString();
    long[] queryLatencies = new long[queries];
    long[] countLatencies = new long[queries];
    long cpu = processCpuNanos();
    for (int i = 0; i < queries; i++) {
      long t = System.nanoTime();
      JsonNode page = json(checked(gina.post(listPath(filter), listBody, "application/hal+json")));
      queryLatencies[i] = System.nanoTime() - t;
      if (page.path("_embedded").path("task").size() != PAGE || page.path("count").asLong() < open) {
        throw new IllegalStateException("Unexpected Tasklist page: " + page.path("count") + " tasks, "
            + page.path("_embedded").path("task").size() + " on the page");
      }
      t = System.nanoTime();
      count(gina, filter);
      countLatencies[i] = System.nanoTime() - t;
    }
    double cpuMs = (processCpuNanos() - cpu) / 1e6 / queries;
    Arrays.sort(queryLatencies);
    Arrays.sort(countLatencies);
    return new Lists(queries, ms(queryLatencies, 0.50), ms(queryLatencies, 0.95), ms(queryLatencies, 1.0),
        ms(countLatencies, 0.50), ms(countLatencies, 0.95), cpuMs);
  }

  /**
   * Waits (at most 5 minutes) until PostgreSQL's autovacuum has analyzed the task tables after the last request
   * ({@code since}, epoch milliseconds): the statistics the planner then uses count the new rows, as on any
   * database that has been running for a minute. H2 has nothing to wait for.
   */
  static void statisticsSettled(String url, String user, String password, long since) {
    if (!url.startsWith("jdbc:postgresql:")) {
      return;
    }
    long deadline = System.currentTimeMillis() + 300_000;
    try (var connection = java.sql.DriverManager.getConnection(url, user, password)) {
      while (System.currentTimeMillis() < deadline) {
        try (var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM pg_stat_user_tables"
            + " WHERE relname IN ('act_ru_task', 'act_ru_identitylink', 'act_ru_authorization')"
            + " AND GREATEST(last_autoanalyze, last_analyze) >= to_timestamp(" + since / 1000.0 + ")")) {
          rows.next();
          if (rows.getInt(1) == 3) {
            return;
          }
        }
        Thread.sleep(1000);
      }
      throw new IllegalStateException("autovacuum did not analyze the task tables within 5 minutes");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Cannot read PostgreSQL's statistics", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code requests} intake requests at {@code perSecond} from {@code clients} threads (see {@link Paced}) */
  static Paced paced(Client gina, String run, int clients, double perSecond, int requests) {
    long[] latencies = new long[requests];
    int[] statuses = new int[requests];
    long start = System.nanoTime() + 100_000_000L;
    onClients(clients, "The paced intake", client -> {
      for (int i = client; i < requests; i += clients) {
        long due = start + (long) (i * 1e9 / perSecond);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          java.util.concurrent.locks.LockSupport.parkNanos(wait);
        }
        statuses[i] = register(gina, IntakeBodies.valid("PACED-" + run + "-" + i).toString());
        latencies[i] = System.nanoTime() - due;
      }
    });
    Arrays.sort(latencies);
    return new Paced(perSecond, requests, errors(statuses),
        ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 1.0));
  }

  /** runs {@code client} (given its number) on {@code clients} threads at once and waits for all of them */
  static void onClients(int clients, String what, IntConsumer client) {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int number = c;
        done.add(pool.submit(() -> client.accept(number)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(what + " failed", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** the requests that were not registered (201) */
  static int errors(int[] statuses) {
    return (int) Arrays.stream(statuses).filter(s -> s != 201).count();
  }

  /** one intake request as {@code user}: its HTTP status, or -1 when none came back */
  static int register(Client user, String body) {
    try {
      return user.post(INTAKE, body, "application/json").statusCode();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  /** what Tasklist 7.24 posts to /filter/{id}/list for the first page of a filter, sorted by its default */
  static ObjectNode tasklistQuery() {
    ObjectNode query = JSON.createObjectNode();
    query.putArray("processVariables");
    query.putArray("taskVariables");
    query.putArray("caseInstanceVariables");
    query.put("firstResult", 0);
    query.put("maxResults", PAGE);
    ObjectNode sorting = query.putArray("sorting").addObject();
    sorting.put("sortBy", "created");
    sorting.put("sortOrder", "desc");
    query.put("active", true);
    return query;
  }

  /** the id of the gac-desk filter of open tasks, as gina sees it */
  static String deskFilter(Client user) {
    for (JsonNode filter : json(checked(user.get("/engine-rest/filter?resourceType=Task")))) {
      if (DESK.equals(filter.path("query").path("candidateGroup").asText())) {
        return filter.get("id").asText();
      }
    }
    throw new IllegalStateException("No filter of " + DESK + " visible to its user");
  }

  static long count(Client user, String filter) {
    return json(checked(user.post("/engine-rest/filter/" + filter + "/count", "{}", "application/json")))
        .get("count").asLong();
  }

  /** CPU of this JVM, all threads (the application's and, when run by {@link #main}, the clients') */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static double ms(long[] sortedNanos, double quantile) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(quantile * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
  }

  static HttpResponse<String> checked(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
          + response.body());
    }
    return response;
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("Not JSON: " + response.body(), e);
    }
  }

  /** one user over HTTP Basic; HTTP/1.1 with kept-alive connections, shared by the threads */
  static final class Client {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization;

    Client(int port, String user, String password) {
      this.base = "http://localhost:" + port;
      this.authorization = "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) {
      return send(request(path).GET().header("Accept", "application/json"));
    }

    HttpResponse<String> post(String path, String body, String accept) {
      return send(request(path).header("Content-Type", "application/json").header("Accept", accept)
          .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
      return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
          .header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
