package ca.gc.cpa.program;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.replay.MissionSeed;
import ca.gc.cpa.replay.Playbook;
import ca.gc.cpa.replay.Replay;
import ca.gc.cpa.replay.Scenario;
import ca.gc.cpa.support.CpaAppTest;
import ca.gc.cpa.support.RestUser;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * After a small replay (2 missions, 10 tours, officers still abroad today), {@code /api/program} agrees with the
 * tours table and with the engine; a partner service sees only its own; other groups are refused (the Cockpit
 * page's session: {@code config.ApiAuthenticationFilterTest} and {@code browser.ProgramPageIT}).
 */
@CpaAppTest
// a database of its own with a replayed history; no job runs while the figures are compared
@TestPropertySource(properties = {"cpa.test.context=program", "camunda.bpm.job-execution.enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgramApiTest {

  static final String ABROAD_SQL = """
      SELECT COUNT(*) FROM tour WHERE status <> 'CANCELLED' AND arrived_on <= :today
      AND (left_mission_on IS NULL OR left_mission_on > :today)""";

  @LocalServerPort
  int port;

  @Autowired
  Replay replay;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  RuntimeService runtime;

  @Autowired
  HistoryService history;

  LocalDate today;

  @BeforeAll
  void replayASmallHistory() {
    replay.run(MissionSeed.catalogue(2, 11), 10, LocalDate.now().minusMonths(20), Duration.ofDays(20),
        Scenario.realistic(11, 4), p -> { });
    today = EngineClock.today();
  }

  @Test
  void officersAbroadAgreeWithTheToursTableAndTheEngine() {
    JsonNode program = RestUser.demo(port, "mona").get("/api/program").json();
    int abroad = program.get("abroad").asInt();
    assertThat(abroad).isPositive();
    assertThat(abroad).isEqualTo(jdbc.sql(ABROAD_SQL).param("today", today).query(Integer.class).single());

    // the engine: running deployments past "Plan tour dates" (arrival recorded) whose repatriation has not started
    Set<String> running = new HashSet<>();
    runtime.createProcessInstanceQuery().processDefinitionKey("officer-deployment").list()
        .forEach(p -> running.add(p.getId()));
    Set<String> arrived = new HashSet<>();
    history.createHistoricActivityInstanceQuery().activityId("Task_StartTour").finished().list()
        .forEach(a -> arrived.add(a.getProcessInstanceId()));
    history.createHistoricActivityInstanceQuery().activityId("Task_StartRepatriation").list()
        .forEach(a -> arrived.remove(a.getProcessInstanceId()));
    arrived.retainAll(running);
    assertThat(abroad).isEqualTo(arrived.size());

    // every breakdown adds up to the same officers
    assertThat(sum(program.get("byRank"))).isEqualTo(abroad);
    assertThat(sum(program.get("byRole"))).isEqualTo(abroad);
    assertThat(StreamSupport.stream(program.get("missions").spliterator(), false).mapToInt(m -> m.get("abroad").asInt()).sum())
        .isEqualTo(abroad);
    assertThat(StreamSupport.stream(program.get("services").spliterator(), false).mapToInt(s -> s.get("abroad").asInt()).sum())
        .isEqualTo(abroad);
    assertThat(program.get("women").get("abroad").asInt()).isEqualTo(abroad);
    assertThat(program.get("women").get("women").asInt()).isEqualTo(jdbc.sql(ABROAD_SQL.replace("FROM tour WHERE",
        "FROM tour JOIN officer o ON o.id = tour.officer_id WHERE o.gender = 'F' AND")).param("today", today)
        .query(Integer.class).single());
    // the history ends today with the same figure
    JsonNode months = program.get("history");
    assertThat(months.get(months.size() - 1).get("abroad").asInt()).isEqualTo(abroad);
    assertThat(months.get(months.size() - 1).get("month").asText()).isEqualTo(today.toString().substring(0, 7));

    // the cap and headroom are the ones the review forms show
    assertThat(program.get("cap").asInt()).isEqualTo(150);
    int committed = jdbc.sql("SELECT COALESCE(SUM(ceiling), 0) FROM mission WHERE status <> 'CLOSED'").query(Integer.class).single();
    assertThat(program.get("committedCeilings").asInt()).isEqualTo(committed);
    assertThat(program.get("headroom").asInt()).isEqualTo(Math.max(0, 150 - committed));

    // a mission's row: its ceiling and the officers it holds
    JsonNode mission = program.get("missions").get(0);
    String key = mission.get("businessKey").asText();
    assertThat(mission.get("ceiling").asInt())
        .isEqualTo(jdbc.sql("SELECT ceiling FROM mission WHERE business_key = ?").param(key).query(Integer.class).single());
    assertThat(mission.get("filled").asInt()).isEqualTo(jdbc.sql("SELECT COUNT(*) FROM tour WHERE mission_business_key = ?"
        + " AND status IN ('SELECTED', 'IN_TRAINING', 'PREPARING', 'DEPLOYED')").param(key).query(Integer.class).single());
    assertThat(program.get("money").get("envelope").asLong()).isEqualTo(46_900_000L);
  }

  @Test
  void theForecastStartsFromTodaysOfficersAndAddsAProposedCeiling() {
    RestUser ian = RestUser.demo(port, "ian");
    JsonNode forecast = ian.get("/api/program/forecast").json();
    assertThat(forecast.get("months")).hasSize(24);
    assertThat(forecast.get("cap").asInt()).isEqualTo(150);
    JsonNode first = forecast.get("months").get(0);
    assertThat(first.get("month").asText()).isEqualTo(today.plusMonths(1).toString().substring(0, 7));

    String start = today.plusMonths(3).withDayOfMonth(1).toString();
    JsonNode proposed = ian.get("/api/program/forecast?ceiling=25&start=" + start).json();
    JsonNode third = proposed.get("months").get(2);
    assertThat(third.get("withProposal").asInt()).isEqualTo(third.get("officers").asInt() + 25);
    assertThat(proposed.get("months").get(1).get("withProposal").asInt()).isEqualTo(proposed.get("months").get(1).get("officers").asInt());
    assertThat(proposed.get("peakWithProposal").get("headroom").asInt())
        .isEqualTo(150 - proposed.get("peakWithProposal").get("officers").asInt());

    RestUser.Response bad = ian.get("/api/program/forecast?ceiling=0&start=tomorrow");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("ceiling", "start");
  }

  @Test
  void aPartnerServiceSeesOnlyItsOwnOfficersAndTotals() {
    String agency = jdbc.sql("SELECT agency_code FROM tour WHERE agency_code IN ('rcmp', 'spvm', 'durham', 'opp')"
        + " GROUP BY agency_code ORDER BY COUNT(*) DESC, agency_code").query(String.class).list().get(0);
    RestUser coordinator = RestUser.demo(port, Playbook.USER_BY_GROUP.get("agency-" + agency));
    JsonNode own = coordinator.get("/api/program").json();
    assertThat(own.get("scope").asText()).isEqualTo("agency:" + agency);
    assertThat(own.get("abroad").asInt()).isEqualTo(jdbc.sql(ABROAD_SQL + " AND agency_code = :agency")
        .param("today", today).param("agency", agency).query(Integer.class).single());
    assertThat(own.get("cap").isNull()).isTrue();
    assertThat(own.get("headroom").isNull()).isTrue();
    assertThat(own.get("money").get("envelope").isNull()).isTrue();
    assertThat(own.get("services").findValuesAsText("agencyCode")).containsExactly(agency);
    assertThat(own.get("money").get("recoveriesOwed").fieldNames()).toIterable().allMatch(agency::equals);
    own.get("missions").forEach(m -> assertThat(m.get("ceiling").isNull()).isTrue());
    assertThat(sum(own.get("byRank"))).isEqualTo(own.get("abroad").asInt());

    String csv = coordinator.get("/api/program/tours.csv").body();
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).startsWith("tour,officer_id,officer,gender,rank,service,mission");
    assertThat(lines).hasSize(1 + jdbc.sql("SELECT COUNT(*) FROM tour WHERE agency_code = ?").param(agency)
        .query(Integer.class).single());
    assertThat(lines.subList(1, lines.size())).allMatch(l -> l.split(",")[5].equals(agency));
  }

  @Test
  void theCsvExportsAreNamedByTheDayAndHoldEveryRow() throws Exception {
    HttpResponse<String> tours = basic("mona", "/api/program/tours.csv");
    assertThat(tours.statusCode()).isEqualTo(200);
    assertThat(tours.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(tours.headers().firstValue("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"cpa-tours-" + today + ".csv\"");
    assertThat(tours.body().lines().count() - 1).isEqualTo(jdbc.sql("SELECT COUNT(*) FROM tour").query(Long.class).single());
    long abroadRows = tours.body().lines().filter(l -> l.endsWith(",yes")).count();
    assertThat(abroadRows).isEqualTo(jdbc.sql(ABROAD_SQL).param("today", today).query(Long.class).single());

    HttpResponse<String> missions = basic("gina", "/api/program/missions.csv");
    assertThat(missions.headers().firstValue("Content-Disposition").orElseThrow()).contains("cpa-missions-" + today + ".csv");
    assertThat(missions.body().lines().toList().get(0)).isEqualTo(
        "mission,name,status,ceiling,abroad,filled,vacancies,next_rotation,selection_opens_on,deploys_on,"
            + "next_evaluation_on,budget_to_date,spent_to_date");
    assertThat(missions.body().lines().count() - 1).isEqualTo(jdbc.sql("SELECT COUNT(*) FROM mission").query(Long.class).single());
  }

  @Test
  void otherGroupsAreRefusedAndAnonymousCallersMustLogIn() {
    for (String path : List.of("/api/program", "/api/program/forecast", "/api/program/tours.csv", "/api/program/missions.csv")) {
      for (String user : List.of("sam", "hana", "theo", "paula", "devon")) {
        assertThat(RestUser.demo(port, user).get(path).status()).as(user + " " + path).isEqualTo(403);
      }
      assertThat(RestUser.anonymous(port).get(path).status()).as(path).isEqualTo(401);
      // (a wrong password of a real user would hold back that user's next logins: failed logins are throttled)
      assertThat(RestUser.as(port, "nobody", "wrong").get(path).status()).as(path).isEqualTo(401);
    }
  }

  private HttpResponse<String> basic(String user, String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic "
        + java.util.Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static int sum(JsonNode counts) {
    int total = 0;
    for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) counts::fields) {
      total += e.getValue().asInt();
    }
    return total;
  }
}
