package ca.gc.cpa.selection;

import static ca.gc.cpa.planning.MissionVariables.bool;
import static ca.gc.cpa.planning.MissionVariables.date;
import static ca.gc.cpa.planning.MissionVariables.integer;
import static ca.gc.cpa.planning.MissionVariables.string;
import static ca.gc.cpa.selection.SelectionVariables.*;

import ca.gc.cpa.domain.Officer;
import ca.gc.cpa.domain.OfficerRepository;
import ca.gc.cpa.planning.PositionRole;
import ca.gc.cpa.planning.Rank;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Applies {@link EligibilityRule} to the nomination; every failed criterion is recorded and shown. */
@Component("checkEligibility")
public class CheckEligibility implements JavaDelegate {

  private final NominationRepository nominations;
  private final OfficerRepository officers;
  private final EligibilityRule rule;

  public CheckEligibility(NominationRepository nominations, OfficerRepository officers, SelectionProperties properties) {
    this.nominations = nominations;
    this.officers = officers;
    this.rule = new EligibilityRule(properties);
  }

  @Override
  public void execute(DelegateExecution execution) {
    long nominationId = ((Number) execution.getVariable(NOMINATION_ID)).longValue();
    Nomination n = nominations.find(nominationId).orElseThrow();
    Officer officer = officers.find(n.officerId()).orElseThrow();
    Nominee nominee = new Nominee(Rank.of(officer.rank()), n.yearsOfService(), officer.dateOfBirth(),
        Arrays.asList(n.languages().split(",")), n.languageScore(), n.licenceDate(), n.disciplineClear(),
        n.openInvestigation(), n.passportExpiry(), n.unAssessmentOn());
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
  }
}
