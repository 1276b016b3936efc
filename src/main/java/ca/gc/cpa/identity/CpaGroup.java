package ca.gc.cpa.identity;

/**
 * The Camunda groups of the contract (../shared/contract.md). A partner police service's group is
 * {@code agency-<code>} and is made from the service's record, see {@link #agencyGroupId(String)}.
 */
public enum CpaGroup {
  ADMIN("camunda-admin", "Administrators"),
  MANAGERS("cpa-managers", "CPA program managers"),
  GAC_DESK("gac-desk", "GAC deployment and coordination desk"),
  GAC_DEVELOPMENT("gac-development", "GAC development programs"),
  PS_POLICY("ps-policy", "Public Safety Canada"),
  RCMP_IPOB("rcmp-ipob", "RCMP International Peace Operations Branch"),
  RCMP_SELECTION("rcmp-selection", "RCMP selection board"),
  RCMP_HEALTH("rcmp-health", "RCMP health and wellness"),
  RCMP_SECURITY("rcmp-security", "RCMP security screening"),
  RCMP_TRAINING("rcmp-training", "RCMP pre-deployment training"),
  RCMP_LOGISTICS("rcmp-logistics", "RCMP deployment services"),
  RCMP_CONTINGENT("rcmp-contingent", "Canadian contingent commanders");

  public static final String AGENCY_PREFIX = "agency-";

  private final String id;
  private final String displayName;

  CpaGroup(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  public static String agencyGroupId(String agencyCode) {
    return AGENCY_PREFIX + agencyCode.toLowerCase(java.util.Locale.ROOT);
  }
}
