package ca.gc.cpa.selection;

import ca.gc.cpa.planning.PlanningProperties;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a nominee may be considered for a position: every failed criterion is reported. The UN's floors hold for a
 * UN mission whatever the plan says (a plan may raise the years of service, never lower them); a partner service's
 * own minimums hold for the officers it nominates.
 */
public final class EligibilityRule {

  private final SelectionProperties properties;
  private final RegisterProperties register;
  private final PlanningProperties planning;

  public EligibilityRule(SelectionProperties properties, RegisterProperties register, PlanningProperties planning) {
    this.properties = properties;
    this.register = register;
    this.planning = planning;
  }

  /** the years of service a position asks: the plan's, never under the UN's floor on a UN mission */
  public int minYearsOfService(PositionRequirements position) {
    return planning.minYearsOfService(position.unMission(), position.minYearsOfService());
  }

  /**
   * @param eligible no criterion failed
   * @param reasons every failed criterion, in words
   * @param unAssessmentValid a UN assessment pass still valid at deployment is on file (else one is to be taken)
   */
  public record Result(boolean eligible, List<String> reasons, boolean unAssessmentValid) {}

  public Result assess(Nominee nominee, PositionRequirements position) {
    List<String> reasons = new ArrayList<>();
    LocalDate deployment = position.deploymentDate();
    int minYears = minYearsOfService(position);
    if (nominee.yearsOfService() < minYears) {
      reasons.add("%d years of service at deployment, at least %d needed%s".formatted(nominee.yearsOfService(), minYears,
          position.unMission() && minYears > position.minYearsOfService() ? " (UN floor)" : ""));
    }
    RegisterProperties.ServiceMinimum own = register.minimumOf(nominee.agencyCode());
    if (own != null && nominee.yearsOfService() < own.yearsOfService()) {
      reasons.add("%d years of service, the service's own screening asks at least %d (%s)"
          .formatted(nominee.yearsOfService(), own.yearsOfService(), own.source()));
    }
    if (own != null && nominee.manualDrivingYears() < own.manualDrivingYears()) {
      reasons.add("%d years driving a manual vehicle, the service's own screening asks at least %d (%s)"
          .formatted(nominee.manualDrivingYears(), own.manualDrivingYears(), own.source()));
    }
    int age = Period.between(nominee.dateOfBirth(), deployment).getYears();
    if (age < properties.minAge() || age > properties.maxAge()) {
      reasons.add("aged %d at deployment, %d to %d needed".formatted(age, properties.minAge(), properties.maxAge()));
    }
    if (nominee.languages() == null || !nominee.languages().contains(position.language())) {
      reasons.add("does not speak the mission language (" + position.language() + ")");
    }
    if (position.unMission() && nominee.unLanguageMark() != null && nominee.unLanguageMark() < properties.languagePassMark()) {
      reasons.add("UN language test mark %d%% in %s, at least %d%% needed".formatted(nominee.unLanguageMark(),
          position.language(), properties.languagePassMark()));
    }
    if (nominee.licenceDate().isAfter(deployment.minusYears(properties.minLicenceYears()))) {
      reasons.add("driving licence held less than %d year(s) at deployment".formatted(properties.minLicenceYears()));
    }
    if (!nominee.disciplineClear()) {
      reasons.add("disciplinary record not clear");
    }
    if (nominee.openInvestigation()) {
      reasons.add("an investigation is open");
    }
    if (position.role().isCommandPost() && !nominee.rank().isAtLeast(position.minimumRank())) {
      reasons.add("rank %s below the command post's minimum %s".formatted(nominee.rank().label(), position.minimumRank().label()));
    }
    LocalDate passportNeeded = position.tourEnd().plusMonths(properties.passportMarginMonths());
    if (nominee.passportExpiry().isBefore(passportNeeded)) {
      reasons.add("passport expires before " + passportNeeded + " (tour end + %d months)".formatted(properties.passportMarginMonths()));
    }
    // a pass still valid on the day of deployment is not asked again
    boolean unValid = nominee.unAssessmentPassedOn() != null
        && !nominee.unAssessmentPassedOn().isBefore(deployment.minusMonths(properties.unAssessmentValidityMonths()));
    return new Result(reasons.isEmpty(), List.copyOf(reasons), unValid);
  }
}
