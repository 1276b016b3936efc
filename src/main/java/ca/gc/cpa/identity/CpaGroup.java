package ca.gc.cpa.identity;

/**
 * The Camunda groups of the contract (../shared/contract.md). A partner police service's group is
 * {@code agency-<code>} and is made from the service's record, see {@link #agencyGroupId(String)}.
 */
public enum CpaGroup {
  ADMIN("camunda-admin", "Administrators", "Administrateurs"),
  MANAGERS("cpa-managers", "CPA program managers", "Gestionnaires du programme de l'APCC"),
  GAC_DESK("gac-desk", "GAC deployment and coordination desk", "Bureau de déploiement et de coordination d'AMC"),
  GAC_DEVELOPMENT("gac-development", "GAC development programs", "Programmes de développement d'AMC"),
  PS_POLICY("ps-policy", "Public Safety Canada", "Sécurité publique Canada"),
  RCMP_IPOB("rcmp-ipob", "RCMP International Peace Operations Branch",
      "Direction des opérations internationales de paix de la GRC"),
  RCMP_SELECTION("rcmp-selection", "RCMP selection board", "Comité de sélection de la GRC"),
  RCMP_HEALTH("rcmp-health", "RCMP health and wellness", "Santé et mieux-être de la GRC"),
  RCMP_SECURITY("rcmp-security", "RCMP security screening", "Filtrage de sécurité de la GRC"),
  RCMP_TRAINING("rcmp-training", "RCMP pre-deployment training", "Formation préalable au déploiement de la GRC"),
  RCMP_LOGISTICS("rcmp-logistics", "RCMP deployment services", "Services de déploiement de la GRC"),
  RCMP_CONTINGENT("rcmp-contingent", "Canadian contingent commanders", "Commandants des contingents canadiens");

  public static final String AGENCY_PREFIX = "agency-";

  private final String id;
  private final String displayName;
  private final String frenchName;

  CpaGroup(String id, String displayName, String frenchName) {
    this.id = id;
    this.displayName = displayName;
    this.frenchName = frenchName;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /** the group's name in French (its Tasklist filter's French name is made of it) */
  public String frenchName() {
    return frenchName;
  }

  public static String agencyGroupId(String agencyCode) {
    return AGENCY_PREFIX + agencyCode.toLowerCase(java.util.Locale.ROOT);
  }
}
