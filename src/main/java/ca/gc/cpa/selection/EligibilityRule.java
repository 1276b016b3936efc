package ca.gc.cpa.selection;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** Whether a nominee may be considered for a position: every failed criterion is reported. */
public final class EligibilityRule {

  private final SelectionProperties properties;

  public EligibilityRule(SelectionProperties properties) {
    this.properties = properties;
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
    if (nominee.yearsOfService() < position.minYearsOfService()) {
      reasons.add("%d years of service, at least %d needed".formatted(nominee.yearsOfService(), position.minYearsOfService()));
    }
    int age = Period.between(nominee.dateOfBirth(), deployment).getYears();
    if (age < properties.minAge() || age > properties.maxAge()) {
      reasons.add("aged %d at deployment, %d to %d needed".formatted(age, properties.minAge(), properties.maxAge()));
    }
    if (nominee.languages() == null || !nominee.languages().contains(position.language())) {
      reasons.add("does not speak the mission language (" + position.language() + ")");
    }
    if (nominee.languageScore() < properties.languagePassMark()) {
      reasons.add("language test score %d, at least %d needed".formatted(nominee.languageScore(), properties.languagePassMark()));
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
    boolean unValid = nominee.unAssessmentPassedOn() != null
        && !nominee.unAssessmentPassedOn().isBefore(deployment.minusMonths(properties.unAssessmentValidityMonths()));
    return new Result(reasons.isEmpty(), List.copyOf(reasons), unValid);
  }
}
