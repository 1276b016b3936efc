package ca.gc.cpa.selection;

import static ca.gc.cpa.process.LegacyReaders.bool;
import static ca.gc.cpa.process.LegacyReaders.date;
import static ca.gc.cpa.process.LegacyReaders.integer;
import static ca.gc.cpa.process.LegacyReaders.string;
import static ca.gc.cpa.selection.SelectionVariables.*;

import ca.gc.cpa.planning.PlanningProperties;
import ca.gc.cpa.planning.PositionRole;
import ca.gc.cpa.planning.Rank;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Applies {@link EligibilityRule} to the nominee as the register knows them and to the nomination's own answers;
 * every failed criterion is recorded and shown.
 */
@Component("checkEligibility")
public class CheckEligibility implements JavaDelegate {

  private final NominationRepository nominations;
  private final OfficerRegister register;
  private final EligibilityRule rule;

  public CheckEligibility(NominationRepository nominations, OfficerRegister register, SelectionProperties properties,
      RegisterProperties registerProperties, PlanningProperties planning) {
    this.nominations = nominations;
    this.register = register;
    this.rule = new EligibilityRule(properties, registerProperties, planning);
  }

  @Override
  public void execute(DelegateExecution execution) {
    long nominationId = ((Number) execution.getVariable(NOMINATION_ID)).longValue();
    Nomination n = nominations.find(nominationId).orElseThrow();
    RegisterEntry officer = register.entry(n.officerId()).orElseThrow();
    LocalDate deployment = date(execution, PLANNED_DEPLOYMENT_DATE);
    RegisterEntry.LanguageTest mark = officer.latestUnTest(string(execution, POSITION_LANGUAGE));
    RegisterEntry.UnAssessment un = officer.unAssessment();
    Nominee nominee = new Nominee(n.agencyCode(), Rank.of(officer.officer().rank()), officer.yearsOfServiceOn(deployment),
        officer.manualDrivingYearsOn(deployment), officer.officer().dateOfBirth(), officer.languages(),
        mark == null ? null : mark.score(), officer.licenceSince(), n.disciplineClear(), n.openInvestigation(),
        officer.passportExpiry(), un != null && "PASSED".equals(un.result()) ? un.on() : null);
    PositionRequirements position = new PositionRequirements(PositionRole.valueOf(string(execution, POSITION_ROLE)),
        Rank.valueOf(string(execution, MINIMUM_RANK)), string(execution, POSITION_LANGUAGE),
        date(execution, PLANNED_DEPLOYMENT_DATE), integer(execution, TOUR_MONTHS),
        integer(execution, MIN_YEARS_OF_SERVICE), bool(execution, UN_MISSION));
    EligibilityRule.Result result = rule.assess(nominee, position);
    if (!result.eligible()) {
      nominations.updateStatus(nominationId, NominationStatus.INELIGIBLE, String.join("; ", result.reasons()));
    }
    execution.setVariable(ELIGIBLE, result.eligible());
    execution.setVariable(INELIGIBLE_REASONS, String.join("\n", result.reasons()));
    execution.setVariable(UN_ASSESSMENT_VALID, result.unAssessmentValid());
    // a security clearance of the register still valid at deployment is reused: no new screening
    boolean clearanceValid = officer.validSecurityClearance(deployment) != null;
    execution.setVariable(SECURITY_CLEARANCE_VALID, clearanceValid);
    if (clearanceValid) {
      execution.setVariable(SECURITY_VERDICT, "CLEARED");
    }
  }
}
