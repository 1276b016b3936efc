package ca.gc.cpa.deployment;

import java.util.ArrayList;
import java.util.List;

/**
 * An extension of the tour: only if the mission still needs the post, the home service releases the
 * officer again, the officer agrees, the latest UN performance appraisal (if any) is not below expectations,
 * and the whole tour stays within the configured maximum.
 */
public class ExtensionRule {

  private final DeploymentProperties properties;

  public ExtensionRule(DeploymentProperties properties) {
    this.properties = properties;
  }

  public record Decision(boolean granted, List<String> reasons) {}

  /** the appraisal rating that rules an extension out */
  public static final String BELOW_EXPECTATIONS = "DOES_NOT_MEET";

  public Decision decide(boolean missionNeedsPost, boolean homeServiceReleases, boolean officerAgrees,
      String latestAppraisal, int monthsSoFar, int extensionMonths) {
    List<String> reasons = new ArrayList<>();
    if (!missionNeedsPost) {
      reasons.add("the mission no longer needs the post");
    }
    if (!homeServiceReleases) {
      reasons.add("the home service does not release the officer again");
    }
    if (!officerAgrees) {
      reasons.add("the officer does not agree");
    }
    if (BELOW_EXPECTATIONS.equals(latestAppraisal)) {
      reasons.add("the latest UN performance appraisal does not meet expectations");
    }
    if (extensionMonths < 1) {
      reasons.add("an extension is at least one month");
    } else if (monthsSoFar + extensionMonths > properties.maxTotalTourMonths()) {
      reasons.add("the tour would last " + (monthsSoFar + extensionMonths) + " months, more than the maximum of "
          + properties.maxTotalTourMonths());
    }
    return new Decision(reasons.isEmpty(), List.copyOf(reasons));
  }
}
