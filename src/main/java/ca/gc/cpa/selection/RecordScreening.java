package ca.gc.cpa.selection;

import static ca.gc.cpa.process.CandidateSelectionProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the interview and, for a UN mission, the assessment (in the register too: its result and date, and the
 * language mark, so a pass is not asked again while valid); a recommended nominee who passed joins the pool.
 */
@Component("recordScreening")
public class RecordScreening implements JavaDelegate {

  private final NominationRepository nominations;
  private final OfficerRegister register;
  private final UnAssessmentRule rule;

  public RecordScreening(NominationRepository nominations, OfficerRegister register, SelectionProperties properties) {
    this.nominations = nominations;
    this.register = register;
    this.rule = new UnAssessmentRule(properties);
  }

  @Override
  public void execute(DelegateExecution execution) {
    long nominationId = nominations.currentOf(execution.getProcessInstanceId(), AGENCY_CODE.from(execution)).id();
    String recommendation = INTERVIEW_RECOMMENDATION.orNull(execution);
    nominations.recordInterview(nominationId, INTERVIEW_SCORE.from(execution), recommendation);
    String reason = null;
    if (CandidateRanking.NOT_RECOMMENDED.equals(recommendation)) {
      reason = "not recommended at interview";
    } else if (UN_MISSION.orElse(execution, false) && !UN_ASSESSMENT_VALID.orElse(execution, false)) {
      long officerId = nominations.find(nominationId).orElseThrow().officerId();
      LocalDate on = UN_ASSESSMENT_DATE.orNull(execution);
      int mark = UN_LANGUAGE_SCORE.from(execution);
      register.addLanguageTest(officerId, new RegisterEntry.LanguageTest(POSITION_LANGUAGE.orNull(execution), "UN", mark, on));
      if (rule.passed(mark, UN_DRIVING_PASSED.orElse(execution, false), UN_FIREARMS_PASSED.orElse(execution, false),
          POSITION_ARMED.orElse(execution, false))) {
        nominations.recordUnAssessment(nominationId, on);
        register.recordUnAssessment(officerId, "PASSED", on);
      } else {
        register.recordUnAssessment(officerId, "FAILED", on);
        reason = "UN assessment not passed";
      }
    }
    nominations.updateStatus(nominationId,
        reason == null ? NominationStatus.SHORTLISTED : NominationStatus.NOT_RECOMMENDED, reason);
  }
}
