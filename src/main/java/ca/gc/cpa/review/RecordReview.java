package ca.gc.cpa.review;

import static ca.gc.cpa.intake.RequestVariables.*;

import ca.gc.cpa.domain.AssistanceRequestRepository;
import ca.gc.cpa.domain.EngineClock;
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

  static final List<String> CRITERIA =
      List.of(CRITERION_MANDATE, CRITERION_PURPOSE, CRITERION_ROLE, CRITERION_INTEREST, CRITERION_OFFICIAL_REQUEST);

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
      case "Task_ScreenCriteria" -> CRITERIA.forEach(c ->
          requests.recordReview(key, "CRITERION:" + c, string(task, c), string(task, c + "Comment"), by, at));
      case "Task_DecideAssessmentVisit" -> requests.recordReview(key, "ASSESSMENT_VISIT",
          string(task, ASSESSMENT_VISIT_NEEDED), string(task, "assessmentVisitReason"), by, at);
      case "Task_RecordVisitFindings" -> requests.recordReview(key, "VISIT_FINDINGS",
          string(task, "visitAssessment"), string(task, "visitFindings"), by, at);
      case "Task_ReviewAsPartner" -> requests.recordReview(key, PartnerReviews.STEP_PREFIX + string(task, PARTNER),
          string(task, PARTNER_POSITION), rationale(task), by, at);
      case "Task_RecordMinisterialDecision" -> requests.recordReview(key, "MINISTERIAL_DECISION",
          string(task, MINISTERIAL_DECISION), string(task, DECISION_REFERENCE) + ": " + string(task, DECISION_RATIONALE),
          by, at);
      default -> throw new IllegalStateException("recordReview is not meant for " + task.getTaskDefinitionKey());
    }
  }

  private static String rationale(DelegateTask task) {
    String conditions = string(task, PARTNER_CONDITIONS);
    return string(task, PARTNER_RATIONALE) + (conditions == null || conditions.isBlank() ? "" : "\nConditions: " + conditions);
  }
}
