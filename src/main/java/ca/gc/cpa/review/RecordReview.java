package ca.gc.cpa.review;

import static ca.gc.cpa.process.AssistanceRequestProcess.*;

import ca.gc.cpa.domain.AssistanceRequestRepository;
import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.process.AssistanceRequestProcess;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Writes what a partner recorded in a review task to the request's record (table request_review), so
 * the audit of who said what does not depend on process history. Used as the complete listener of
 * the screening, assessment-visit, partner-review and decision tasks.
 */
@Component("recordReview")
public class RecordReview implements TaskListener {

  private final AssistanceRequestRepository requests;

  public RecordReview(AssistanceRequestRepository requests) {
    this.requests = requests;
  }

  @Override
  public void notify(DelegateTask task) {
    String key = task.getExecution().getProcessBusinessKey();
    String by = task.getAssignee();
    LocalDateTime at = EngineClock.now();
    switch (task.getTaskDefinitionKey()) {
      case "Task_ScreenCriteria" -> CRITERIA.forEach((criterion, comment) -> requests.recordReview(key,
          "CRITERION:" + criterion.name(), criterion.orNull(task), comment.orNull(task), by, at));
      case "Task_DecideAssessmentVisit" -> requests.recordReview(key, "ASSESSMENT_VISIT",
          AssistanceRequestProcess.ASSESSMENT_VISIT_NEEDED.orNull(task), AssistanceRequestProcess.ASSESSMENT_VISIT_REASON.orNull(task), by, at);
      case "Task_RecordVisitFindings" -> requests.recordReview(key, "VISIT_FINDINGS",
          AssistanceRequestProcess.VISIT_ASSESSMENT.orNull(task), AssistanceRequestProcess.VISIT_FINDINGS.orNull(task), by, at);
      case "Task_ReviewAsPartner" -> requests.recordReview(key, PartnerReviews.STEP_PREFIX + AssistanceRequestProcess.PARTNER.orNull(task),
          AssistanceRequestProcess.PARTNER_POSITION.orNull(task), rationale(task), by, at);
      case "Task_RecordMinisterialDecision" -> requests.recordReview(key, "MINISTERIAL_DECISION",
          AssistanceRequestProcess.MINISTERIAL_DECISION.orNull(task), AssistanceRequestProcess.DECISION_REFERENCE.orNull(task) + ": " + AssistanceRequestProcess.DECISION_RATIONALE.orNull(task),
          by, at);
      default -> throw new IllegalStateException("recordReview is not meant for " + task.getTaskDefinitionKey());
    }
  }

  private static String rationale(DelegateTask task) {
    String conditions = AssistanceRequestProcess.PARTNER_CONDITIONS.orNull(task);
    return AssistanceRequestProcess.PARTNER_RATIONALE.orNull(task) + (conditions == null || conditions.isBlank() ? "" : "\nConditions: " + conditions);
  }
}
