package ca.gc.cpa.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.gc.cpa.CpaApplication;
import ca.gc.cpa.support.ProbeProcess;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starting the application outside the demo profile, and starting it again on the same database. */
class StartupTest {

  /**
   * The application without its web server (a start that fails with a web server leaves the web
   * apps' filter registry pointing at the failed context for the rest of the JVM) and with an engine
   * name of its own, so the engine registry never mixes it up with another test's engine.
   */
  private static ConfigurableApplicationContext start(String databaseUrl, String profile, String... args) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (String arg : List.of(
        "--spring.datasource.url=" + databaseUrl,
        "--camunda.bpm.process-engine-name=startup-test-" + UUID.randomUUID(),
        "--camunda.bpm.job-execution.enabled=false",
        "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
        "--cpa.identity.admin-user=",
        "--cpa.identity.admin-password=")) {
      properties.put(arg.substring(0, arg.indexOf('=')), arg);
    }
    for (String arg : args) {
      properties.put(arg.substring(0, arg.indexOf('=')), arg);   // the test's own values win
    }
    return new SpringApplicationBuilder(CpaApplication.class)
        .web(WebApplicationType.NONE)
        .profiles(profile == null ? new String[0] : new String[] {profile})
        .run(properties.values().toArray(String[]::new));
  }

  private static String memoryDatabase() {
    return "jdbc:h2:mem:startup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE";
  }

  @Test
  void outsideDemoWithoutAnAdministratorTheApplicationRefusesToStartAndSaysWhy() {
    assertThatThrownBy(() -> start(memoryDatabase(), null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("set ADMIN_USER and ADMIN_PASSWORD");
  }

  @Test
  void outsideDemoAWeakAdministratorPasswordRefusesTheStartAndSaysWhy() {
    assertThatThrownBy(() -> start(memoryDatabase(), null,
        "--cpa.identity.admin-user=root", "--cpa.identity.admin-password=a"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ADMIN_PASSWORD is too weak: it needs at least 12 characters");
  }

  @Test
  void outsideDemoTheFirstAdministratorComesFromTheEnvironmentAndNoDemoUserExists() {
    try (ConfigurableApplicationContext context = start(memoryDatabase(), null,
        "--cpa.identity.admin-user=root", "--cpa.identity.admin-password=long-s3cret-Pass")) {
      var identity = context.getBean(ProcessEngine.class).getIdentityService();
      assertThat(identity.checkPassword("root", "long-s3cret-Pass")).isTrue();
      // outside demo, a password that breaks the policy is refused to anyone who sets one
      assertThat(identity.checkPasswordAgainstPolicy("short-Pass1").isValid()).isFalse();
      assertThat(identity.checkPasswordAgainstPolicy("twelve chars ok").isValid()).isTrue();
      assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("root").count()).isEqualTo(1);
      assertThat(identity.createUserQuery().userId("gina").count()).isZero();
      assertThat(identity.createUserQuery().userId("demo").count()).isZero();
      assertThat(identity.createGroupQuery().groupId("gac-desk").count()).isEqualTo(1);
    }
  }

  @Test
  void aRestartOnTheSameFileKeepsRunningInstancesAndCreatesNothingTwice() {
    String file = "jdbc:h2:file:" + Path.of("target", "restart-" + UUID.randomUUID(), "cpa").toAbsolutePath()
        + ";NON_KEYWORDS=VALUE";
    String instanceId;
    long users;
    long groups;
    long authorizations;
    long filters;
    try (ConfigurableApplicationContext first = start(file, "demo")) {
      ProcessEngine engine = first.getBean(ProcessEngine.class);
      instanceId = ProbeProcess.start(engine, "gac-desk");
      users = engine.getIdentityService().createUserQuery().count();
      groups = engine.getIdentityService().createGroupQuery().count();
      authorizations = engine.getAuthorizationService().createAuthorizationQuery().count();
      filters = engine.getFilterService().createFilterQuery().count();
      // a filter an earlier build made without its French, and one whose French an administrator changed
      var filterService = engine.getFilterService();
      var desk = filterService.createFilterQuery().filterName("GAC deployment and coordination desk: open tasks")
          .singleResult();
      java.util.Map<String, Object> properties = new java.util.HashMap<>(desk.getProperties());
      properties.remove("name_fr");
      properties.remove("description_fr");
      filterService.saveFilter(desk.setProperties(properties));
      var mine = filterService.createFilterQuery().filterName("Assigned to me").singleResult();
      properties = new java.util.HashMap<>(mine.getProperties());
      properties.put("name_fr", "Mes tâches réclamées");
      filterService.saveFilter(mine.setProperties(properties));
    }
    try (ConfigurableApplicationContext second = start(file, "demo")) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).count())
          .isEqualTo(1);
      assertThat(engine.getIdentityService().createUserQuery().count()).isEqualTo(users);
      assertThat(engine.getIdentityService().createGroupQuery().count()).isEqualTo(groups);
      assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(authorizations);
      assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(filters);
      assertThat(users).isGreaterThanOrEqualTo(15);
      assertThat(engine.getFilterService().createFilterQuery().filterName("GAC deployment and coordination desk: open tasks")
          .singleResult().getProperties()).containsEntry("name_fr", "Bureau de déploiement et de coordination d'AMC : tâches ouvertes");
      assertThat(engine.getFilterService().createFilterQuery().filterName("Assigned to me").singleResult().getProperties())
          .containsEntry("name_fr", "Mes tâches réclamées");
    }
  }
}
