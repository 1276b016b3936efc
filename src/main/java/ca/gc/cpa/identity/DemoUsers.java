package ca.gc.cpa.identity;

import java.util.List;
import java.util.Set;

/** The demo users of the contract (profile {@code demo} only); every password is {@value #PASSWORD}. */
final class DemoUsers {

  static final String PASSWORD = "demo";

  record DemoUser(String id, String firstName, String lastName, String groupId) {}

  static final List<DemoUser> ALL = List.of(
      new DemoUser("demo", "Demo", "Administrator", CpaGroup.ADMIN.id()),
      new DemoUser("mona", "Mona", "Tremblay", CpaGroup.MANAGERS.id()),
      new DemoUser("gina", "Gina", "Lafleur", CpaGroup.GAC_DESK.id()),
      new DemoUser("devon", "Devon", "Clarke", CpaGroup.GAC_DEVELOPMENT.id()),
      new DemoUser("paula", "Paula", "Nguyen", CpaGroup.PS_POLICY.id()),
      new DemoUser("ian", "Ian", "MacLeod", CpaGroup.RCMP_IPOB.id()),
      new DemoUser("sam", "Sam", "Okafor", CpaGroup.RCMP_SELECTION.id()),
      new DemoUser("hana", "Hana", "Sato", CpaGroup.RCMP_HEALTH.id()),
      new DemoUser("sean", "Sean", "Murphy", CpaGroup.RCMP_SECURITY.id()),
      new DemoUser("theo", "Théo", "Gagnon", CpaGroup.RCMP_TRAINING.id()),
      new DemoUser("liam", "Liam", "Singh", CpaGroup.RCMP_LOGISTICS.id()),
      new DemoUser("carl", "Carl", "Lavoie", CpaGroup.RCMP_CONTINGENT.id()),
      new DemoUser("rita", "Rita", "Bouchard", CpaGroup.agencyGroupId("rcmp")),
      new DemoUser("marc", "Marc", "Pelletier", CpaGroup.agencyGroupId("spvm")),
      new DemoUser("dana", "Dana", "Whitfield", CpaGroup.agencyGroupId("durham")),
      new DemoUser("owen", "Owen", "Campbell", CpaGroup.agencyGroupId("opp")));

  /** demo users who work in French: the web apps speak French to them wherever they sign in */
  static final Set<String> WORKING_IN_FRENCH = Set.of("marc");

  private DemoUsers() {}
}
