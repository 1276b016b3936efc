package ca.gc.cpa.selection;

import static ca.gc.cpa.process.CandidateSelectionProcess.*;

import ca.gc.cpa.domain.EngineClock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Warns when the UN assessment visit would be asked less than the configured notice before deployment, and declares
 * the answers of Record the UN assessment in the nominee's scope.
 */
@Component("prepareUnAssessment")
public class PrepareUnAssessment implements JavaDelegate {

  private final UnAssessmentRule rule;

  public PrepareUnAssessment(SelectionProperties properties) {
    this.rule = new UnAssessmentRule(properties);
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = EngineClock.today();
    declareLocal(execution, UN_ASSESSMENT_ANSWERS);
    UN_ASSESSMENT_WARNING.setLocal(execution,
        rule.visitWarning(today, PLANNED_DEPLOYMENT_DATE.orNull(execution)).orElse("None: the visit is asked in time."));
  }
}
