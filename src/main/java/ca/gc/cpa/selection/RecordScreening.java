package ca.gc.cpa.selection;

import static ca.gc.cpa.planning.MissionVariables.bool;
import static ca.gc.cpa.planning.MissionVariables.date;
import static ca.gc.cpa.planning.MissionVariables.integer;
import static ca.gc.cpa.planning.MissionVariables.string;
import static ca.gc.cpa.selection.SelectionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the interview and, for a UN mission, the assessment; a recommended nominee who passed joins the pool. */
@Component("recordScreening")
public class RecordScreening implements JavaDelegate {

  private final NominationRepository nominations;

  public RecordScreening(NominationRepository nominations) {
    this.nominations = nominations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long nominationId = ((Number) execution.getVariable(NOMINATION_ID)).longValue();
    String recommendation = string(execution, INTERVIEW_RECOMMENDATION);
    nominations.recordInterview(nominationId, integer(execution, INTERVIEW_SCORE), recommendation);
    String reason = null;
    if (CandidateRanking.NOT_RECOMMENDED.equals(recommendation)) {
      reason = "not recommended at interview";
    } else if (bool(execution, UN_MISSION) && !bool(execution, UN_ASSESSMENT_VALID)) {
      if (UnAssessmentRule.passed(bool(execution, UN_LANGUAGE_PASSED), bool(execution, UN_DRIVING_PASSED),
          bool(execution, UN_FIREARMS_PASSED), bool(execution, POSITION_ARMED))) {
        nominations.recordUnAssessment(nominationId, date(execution, UN_ASSESSMENT_DATE));
      } else {
        reason = "UN assessment not passed";
      }
    }
    nominations.updateStatus(nominationId,
        reason == null ? NominationStatus.SHORTLISTED : NominationStatus.NOT_RECOMMENDED, reason);
  }
}
