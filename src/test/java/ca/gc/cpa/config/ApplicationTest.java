package ca.gc.cpa.config;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.support.CpaAppTest;
import ca.gc.cpa.support.ProbeProcess;
import ca.gc.cpa.support.RestUser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The application as a newcomer meets it: deployed models and forms, protected APIs, groups kept apart. */
@CpaAppTest
class ApplicationTest {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Test
  void deploysEveryModelAndFormOfTheProject() throws IOException {
    List<String> expected = new ArrayList<>();
    for (String folder : List.of("processes", "forms")) {
      try (Stream<Path> files = Files.walk(Path.of(folder))) {
        files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".bpmn") || n.endsWith(".dmn") || n.endsWith(".form"))
            .forEach(expected::add);
      }
    }
    List<String> deployed = engine.getRepositoryService().createDeploymentQuery().list().stream()
        .flatMap(d -> engine.getRepositoryService().getDeploymentResources(d.getId()).stream())
        .map(Resource::getName)
        .map(n -> n.substring(n.lastIndexOf('/') + 1))
        .toList();
    assertThat(deployed).containsAll(expected);
  }

  @Test
  void engineRestAndApiNeedAUserAndHealthIsOpen() {
    RestUser anonymous = RestUser.anonymous(port);
    assertThat(anonymous.get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(anonymous.get("/engine-rest/process-definition").status()).isEqualTo(401);
    assertThat(anonymous.post("/api/assistance-requests", "{}").status()).isEqualTo(401);
    assertThat(RestUser.as(port, "nobody", "demo").get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(RestUser.demo(port, "gina").get("/engine-rest/task").status()).isEqualTo(200);
    assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
    assertThat(anonymous.get("/actuator/env").status()).isIn(401, 404);
  }

  @Test
  void aFailedLoginIsThrottled() {
    // a user of its own: the throttle must not lock a demo user that other tests log in as
    String id = "throttle" + System.nanoTime() % 100000;
    var user = engine.getIdentityService().newUser(id);
    user.setPassword("Right-Pass-1");
    engine.getIdentityService().saveUser(user);
    engine.getIdentityService().createMembership(id, "gac-desk");
    assertThat(RestUser.as(port, id, "Right-Pass-1").get("/engine-rest/task").status()).isEqualTo(200);
    assertThat(RestUser.as(port, id, "wrong").get("/engine-rest/task").status()).isEqualTo(401);
    // right after a failure even the right password waits out the delay
    assertThat(RestUser.as(port, id, "Right-Pass-1").get("/engine-rest/task").status()).isEqualTo(401);
  }

  @Test
  void rootLeadsToTasklist() {
    var response = RestUser.anonymous(port).get("/");
    assertThat(response.status()).isEqualTo(302);
  }

  @Test
  void aGroupCannotSeeOrCompleteAnotherGroupsTaskAndAManagerOnlyReads() {
    ProbeProcess.start(engine, "gac-development");
    String taskId = engine.getTaskService().createTaskQuery().processDefinitionKey(ProbeProcess.KEY)
        .singleResult().getId();

    assertThat(taskIds(RestUser.demo(port, "devon"))).contains(taskId);
    assertThat(taskIds(RestUser.demo(port, "gina"))).doesNotContain(taskId);
    assertThat(RestUser.demo(port, "gina").post("/engine-rest/task/" + taskId + "/complete", Map.of()).status())
        .isEqualTo(403);

    assertThat(taskIds(RestUser.demo(port, "mona"))).contains(taskId);
    assertThat(RestUser.demo(port, "mona").post("/engine-rest/task/" + taskId + "/complete", Map.of()).status())
        .isEqualTo(403);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);

    assertThat(RestUser.demo(port, "devon").post("/engine-rest/task/" + taskId + "/complete", Map.of()).status())
        .isEqualTo(204);
  }

  /** Tasklist lists the filters by priority and opens the first: the group's open tasks, not an empty list */
  @Test
  void eachUserSeesTheirGroupsFilterFirstAndTheirOwnTasks() {
    assertThat(filterNames(RestUser.demo(port, "gina")))
        .containsExactly("GAC deployment and coordination desk: open tasks", "Assigned to me");
    assertThat(filterNames(RestUser.demo(port, "marc")))
        .containsExactly("Service de police de la Ville de Montréal: open tasks", "Assigned to me");
    assertThat(filterNames(RestUser.demo(port, "mona")))
        .containsExactly("CPA program managers: open tasks", "Assigned to me");
    // in French for a person working in French
    assertThat(filters(RestUser.demo(port, "gina"), "Accept-Language", "fr-CA")).extracting(f -> f.get("name").asText())
        .containsExactly("Bureau de déploiement et de coordination d'AMC : tâches ouvertes", "Mes tâches");
    assertThat(filters(RestUser.demo(port, "marc"), "Accept-Language", "fr-CA"))
        .extracting(f -> f.get("properties").get("description").asText())
        .containsExactly("Tâches du groupe « Service de police de la Ville de Montréal », les plus récentes d'abord",
            "Les tâches que j'ai réclamées");
  }

  @Test
  void managersIpobAndTheDeskReachCockpitAndStaffReachTasklist() {
    assertThat(engine.getAuthorizationService().isUserAuthorized("mona", List.of("cpa-managers"),
        org.camunda.bpm.engine.authorization.Permissions.ACCESS,
        org.camunda.bpm.engine.authorization.Resources.APPLICATION, "cockpit")).isTrue();
    // IPOB and the GAC desk for the Program page; other staff and partner services work in Tasklist only
    for (String group : List.of("rcmp-ipob", "gac-desk")) {
      assertThat(engine.getAuthorizationService().isUserAuthorized("someone", List.of(group),
          org.camunda.bpm.engine.authorization.Permissions.ACCESS,
          org.camunda.bpm.engine.authorization.Resources.APPLICATION, "cockpit")).as(group).isTrue();
    }
    for (String group : List.of("rcmp-selection", "rcmp-health", "ps-policy", "gac-development", "agency-spvm")) {
      assertThat(engine.getAuthorizationService().isUserAuthorized("someone", List.of(group),
          org.camunda.bpm.engine.authorization.Permissions.ACCESS,
          org.camunda.bpm.engine.authorization.Resources.APPLICATION, "cockpit")).as(group).isFalse();
    }
    assertThat(engine.getAuthorizationService().isUserAuthorized("gina", List.of("gac-desk"),
        org.camunda.bpm.engine.authorization.Permissions.ACCESS,
        org.camunda.bpm.engine.authorization.Resources.APPLICATION, "tasklist")).isTrue();
  }

  private static List<String> taskIds(RestUser user) {
    var response = user.get("/engine-rest/task?processDefinitionKey=" + ProbeProcess.KEY);
    assertThat(response.status()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    response.json().forEach(t -> ids.add(t.get("id").asText()));
    return ids;
  }

  private static List<String> filterNames(RestUser user) {
    return filters(user).stream().map(f -> f.get("name").asText()).toList();
  }

  /** the user's filters as Tasklist lists them, by priority */
  private static List<JsonNode> filters(RestUser user, String... headers) {
    var response = user.get("/engine-rest/filter", headers);
    assertThat(response.status()).isEqualTo(200);
    List<JsonNode> filters = new ArrayList<>();
    response.json().forEach(filters::add);
    filters.sort(java.util.Comparator.comparingInt(f -> f.get("properties").get("priority").asInt()));
    return filters;
  }
}
