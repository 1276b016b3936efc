package ca.gc.cpa.selection;

import static ca.gc.cpa.process.LegacyReaders.bool;
import static ca.gc.cpa.process.LegacyReaders.date;
import static ca.gc.cpa.process.LegacyReaders.integer;
import static ca.gc.cpa.process.LegacyReaders.string;
import static ca.gc.cpa.selection.SelectionVariables.*;

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
    long nominationId = ((Number) execution.getVariable(NOMINATION_ID)).longValue();
    String recommendation = string(execution, INTERVIEW_RECOMMENDATION);
    nominations.recordInterview(nominationId, integer(execution, INTERVIEW_SCORE), recommendation);
    String reason = null;
    if (CandidateRanking.NOT_RECOMMENDED.equals(recommendation)) {
      reason = "not recommended at interview";
    } else if (bool(execution, UN_MISSION) && !bool(execution, UN_ASSESSMENT_VALID)) {
      long officerId = nominations.find(nominationId).orElseThrow().officerId();
      LocalDate on = date(execution, UN_ASSESSMENT_DATE);
      int mark = integer(execution, UN_LANGUAGE_SCORE);
      register.addLanguageTest(officerId, new RegisterEntry.LanguageTest(string(execution, POSITION_LANGUAGE), "UN", mark, on));
      if (rule.passed(mark, bool(execution, UN_DRIVING_PASSED), bool(execution, UN_FIREARMS_PASSED),
          bool(execution, POSITION_ARMED))) {
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
