package ca.gc.cpa.selection;

import static ca.gc.cpa.process.CandidateSelectionProcess.*;

import ca.gc.cpa.planning.MissionPlanRepository;
import ca.gc.cpa.planning.MissionTerms;
import ca.gc.cpa.planning.PlanningProperties;
import ca.gc.cpa.planning.Position;
import ca.gc.cpa.planning.Rank;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Applies {@link EligibilityRule} to the nominee as the register knows them and to the nomination's own answers;
 * every failed criterion is recorded and shown. The position and the mission's terms are the mission's plan; the
 * nominee is the nomination the service made.
 */
@Component("checkEligibility")
public class CheckEligibility implements JavaDelegate {

  private final NominationRepository nominations;
  private final MissionPlanRepository plans;
  private final OfficerRegister register;
  private final EligibilityRule rule;

  public CheckEligibility(NominationRepository nominations, MissionPlanRepository plans, OfficerRegister register,
      SelectionProperties properties, RegisterProperties registerProperties, PlanningProperties planning) {
    this.nominations = nominations;
    this.plans = plans;
    this.register = register;
    this.rule = new EligibilityRule(properties, registerProperties, planning);
  }

  @Override
  public void execute(DelegateExecution execution) {
    Nomination n = nominations.currentOf(execution.getProcessInstanceId(), AGENCY_CODE.from(execution));
    long nominationId = n.id();
    Selection selection = nominations.selectionOf(execution.getProcessInstanceId());
    Position plan = plans.position(selection.missionBusinessKey(), selection.positionNumber()).orElseThrow();
    MissionTerms terms = plans.terms(selection.missionBusinessKey()).orElseThrow();
    RegisterEntry officer = register.entry(n.officerId()).orElseThrow();
    LocalDate deployment = PLANNED_DEPLOYMENT_DATE.from(execution);
    RegisterEntry.LanguageTest mark = officer.latestUnTest(plan.language());
    RegisterEntry.UnAssessment un = officer.unAssessment();
    Nominee nominee = new Nominee(n.agencyCode(), Rank.of(officer.officer().rank()), officer.yearsOfServiceOn(deployment),
        officer.manualDrivingYearsOn(deployment), officer.officer().dateOfBirth(), officer.languages(),
        mark == null ? null : mark.score(), officer.licenceSince(), n.disciplineClear(), n.openInvestigation(),
        officer.passportExpiry(), un != null && "PASSED".equals(un.result()) ? un.on() : null);
    PositionRequirements position = new PositionRequirements(plan.role(), plan.minimumRank(), plan.language(), deployment,
        terms.tourMonths(), terms.minYearsOfService(), UN_MISSION.orElse(execution, false));
    EligibilityRule.Result result = rule.assess(nominee, position);
    ELIGIBLE.setLocal(execution, result.eligible());
    if (!result.eligible()) {
      nominations.updateStatus(nominationId, NominationStatus.INELIGIBLE, String.join("; ", result.reasons()));
      // shown by Note the ineligibility; an ineligible nominee goes no further
      INELIGIBLE_REASONS.setLocal(execution, String.join("\n", result.reasons()));
      return;
    }
    UN_ASSESSMENT_VALID.setLocal(execution, result.unAssessmentValid());
    // a security clearance of the register still valid at deployment is reused: no new screening
    boolean clearanceValid = officer.validSecurityClearance(deployment) != null;
    SECURITY_CLEARANCE_VALID.setLocal(execution, clearanceValid);
    declareLocal(execution, CLEARANCE_ANSWERS);
    if (clearanceValid) {
      SECURITY_VERDICT.setLocal(execution, SECURITY_CLEARED);
    }
  }
}
