package ca.gc.cpa.identity;

import ca.gc.cpa.domain.Agency;
import ca.gc.cpa.domain.AgencyRepository;
import ca.gc.cpa.i18n.Language;
import ca.gc.cpa.i18n.UserLanguage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates, at every start and idempotently, the groups of the contract, one group per active partner
 * police service, their rights (from {@link AccessMatrix}: {@link Grants}), their Tasklist filters
 * ({@link TasklistFilters}), the first administrator and, in profile {@code demo} only, the demo users
 * ({@link Directory}). Running it again adds what is missing and takes back only rights earlier builds gave
 * that partners must not hold (the whole directory, UPDATE on open tasks): what an administrator set in Camunda
 * Admin stays.
 */
@Component
public class IdentitySetup implements SmartInitializingSingleton {

  private final IdentityService identity;
  private final Directory directory;
  private final Grants grants;
  private final TasklistFilters filters;
  private final AgencyRepository agencies;
  private final IdentityProperties properties;

  public IdentitySetup(ProcessEngine engine, AgencyRepository agencies, IdentityProperties properties) {
    this.identity = engine.getIdentityService();
    this.directory = new Directory(identity, engine.getProcessEngineConfiguration().isEnablePasswordPolicy());
    this.grants = new Grants(engine.getAuthorizationService(), identity);
    this.filters = new TasklistFilters(engine.getFilterService(), engine.getTaskService(), grants);
    this.agencies = agencies;
    this.properties = properties;
  }

  @Override
  public void afterSingletonsInstantiated() {
    for (CpaGroup group : CpaGroup.values()) {
      directory.ensureGroup(group.id(), group.displayName(), group == CpaGroup.ADMIN ? Groups.GROUP_TYPE_SYSTEM : "CPA");
    }
    grants.administrators();
    for (CpaGroup group : CpaGroup.values()) {
      if (group != CpaGroup.ADMIN) {
        grants.processRights(group.id());
        grants.tasklist(group.id());
        filters.groupFilter(group.id(), group.displayName(), group.frenchName());
      }
    }
    grants.managers();
    grants.programPage();
    agencies.findActive().forEach(this::setUpAgency);
    grants.narrowOpenTaskRights();
    filters.assignedToMe();
    ensureAdministrator();
    if (properties.demoUsers()) {
      DemoUsers.ALL.forEach(u -> directory.ensureUser(u.id(), u.firstName(), u.lastName(), DemoUsers.PASSWORD, u.groupId()));
      UserLanguage languages = new UserLanguage(identity);
      DemoUsers.WORKING_IN_FRENCH.stream().filter(id -> languages.of(id).isEmpty())
          .forEach(id -> languages.choose(id, Language.FR));
    }
  }

  /** A partner police service's group, rights and Tasklist filter (also called when a service joins). */
  public void setUpAgency(Agency agency) {
    String groupId = CpaGroup.agencyGroupId(agency.code());
    directory.ensureGroup(groupId, agency.name(), "AGENCY");
    grants.processRights(groupId);
    grants.tasklist(groupId);
    filters.groupFilter(groupId, agency.name(), agency.name());   // a service's own name, in its own language
    grants.limitDirectory(groupId);
  }

  /** A partner service's coordinator with no password yet (see {@link Directory#ensureUserWithoutPassword}). */
  public void ensureUserWithoutPassword(String userId, String firstName, String lastName, String email, String groupId) {
    directory.ensureUserWithoutPassword(userId, firstName, lastName, email, groupId);
  }

  private void ensureAdministrator() {
    if (properties.hasAdmin()) {
      if (!directory.passesPolicy(properties.adminUser(), properties.adminPassword())) {
        throw new IllegalStateException("ADMIN_PASSWORD is too weak: it needs at least " + PasswordRules.MIN_LENGTH
            + " characters and must not contain the user's id or names. The application does not start with it.");
      }
      directory.ensureUser(properties.adminUser(), "CPA", "Administrator", properties.adminPassword(), CpaGroup.ADMIN.id());
    } else if (!directory.hasMembers(CpaGroup.ADMIN.id()) && !properties.demoUsers()) {
      throw new IllegalStateException("No administrator: set ADMIN_USER and ADMIN_PASSWORD to create the first one "
          + "(or run the demo profile, `./mvnw spring-boot:run`, which has demo users). The application does not "
          + "start without an administrator.");
    }
  }
}
