package ca.gc.cpa.selection;

import static ca.gc.cpa.process.CandidateSelectionProcess.*;

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
    long nominationId = NOMINATION_ID.from(execution);
    Nomination n = nominations.find(nominationId).orElseThrow();
    RegisterEntry officer = register.entry(n.officerId()).orElseThrow();
    LocalDate deployment = PLANNED_DEPLOYMENT_DATE.from(execution);
    RegisterEntry.LanguageTest mark = officer.latestUnTest(POSITION_LANGUAGE.orNull(execution));
    RegisterEntry.UnAssessment un = officer.unAssessment();
    Nominee nominee = new Nominee(n.agencyCode(), Rank.of(officer.officer().rank()), officer.yearsOfServiceOn(deployment),
        officer.manualDrivingYearsOn(deployment), officer.officer().dateOfBirth(), officer.languages(),
        mark == null ? null : mark.score(), officer.licenceSince(), n.disciplineClear(), n.openInvestigation(),
        officer.passportExpiry(), un != null && "PASSED".equals(un.result()) ? un.on() : null);
    PositionRequirements position = new PositionRequirements(PositionRole.valueOf(POSITION_ROLE.from(execution)),
        Rank.valueOf(MINIMUM_RANK.from(execution)), POSITION_LANGUAGE.orNull(execution), deployment,
        TOUR_MONTHS.from(execution), MIN_YEARS_OF_SERVICE.from(execution), UN_MISSION.orElse(execution, false));
    EligibilityRule.Result result = rule.assess(nominee, position);
    if (!result.eligible()) {
      nominations.updateStatus(nominationId, NominationStatus.INELIGIBLE, String.join("; ", result.reasons()));
    }
    ELIGIBLE.set(execution, result.eligible());
    INELIGIBLE_REASONS.set(execution, String.join("\n", result.reasons()));
    UN_ASSESSMENT_VALID.set(execution, result.unAssessmentValid());
    // a security clearance of the register still valid at deployment is reused: no new screening
    boolean clearanceValid = officer.validSecurityClearance(deployment) != null;
    SECURITY_CLEARANCE_VALID.set(execution, clearanceValid);
    if (clearanceValid) {
      SECURITY_VERDICT.set(execution, SECURITY_CLEARED);
    }
  }
}
