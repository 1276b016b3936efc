package ca.gc.cpa.selection;

import java.time.LocalDate;
import java.util.Optional;

/** UN assessment timing: a visit is asked at least the configured notice ahead of deployment. */
public final class UnAssessmentRule {

  private final SelectionProperties properties;

  public UnAssessmentRule(SelectionProperties properties) {
    this.properties = properties;
  }

  /** a warning when the visit would be asked less than the notice before the deployment date */
  public Optional<String> visitWarning(LocalDate today, LocalDate deploymentDate) {
    if (deploymentDate.isBefore(today.plusMonths(properties.unAssessmentNoticeMonths()))) {
      return Optional.of("The assessment visit is asked less than %d months ahead of deployment (%s): the UN may not assess in time."
          .formatted(properties.unAssessmentNoticeMonths(), deploymentDate));
    }
    return Optional.empty();
  }

  /** whether the assessment was passed: the language mark, driving, and firearms for an armed position */
  public boolean passed(int languageMark, boolean driving, boolean firearms, boolean armed) {
    return languageMark >= properties.languagePassMark() && driving && (!armed || firearms);
  }
}
