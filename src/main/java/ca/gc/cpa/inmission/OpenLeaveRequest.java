package ca.gc.cpa.inmission;

import static ca.gc.cpa.inmission.InMissionVariables.CONTINGENT_COMMANDER;
import static ca.gc.cpa.inmission.InMissionVariables.LEAVE_BALANCE;
import static ca.gc.cpa.inmission.InMissionVariables.SENT_BY_COMMANDER;

import ca.gc.cpa.domain.InMissionRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A leave request came in: whose it is, who approves it (the contingent commander of the officer's mission;
 * his own request on an officer's behalf is his approval) and the balance at the leave's first day, shown to
 * him.
 */
@Component("openLeaveRequest")
public class OpenLeaveRequest implements JavaDelegate {

  private final InMissionRepository records;
  private final LeaveCheck check;

  public OpenLeaveRequest(InMissionRepository records, LeaveCheck check) {
    this.records = records;
    this.check = check;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var tour = InMissionVariables.servingTour(execution, records);
    InMissionVariables.describe(execution, tour);
    String commander = records.commanderOf(tour.missionBusinessKey()).orElse(null);
    execution.setVariable(CONTINGENT_COMMANDER, commander);
    execution.setVariable(SENT_BY_COMMANDER, commander != null && commander.equals(InMissionVariables.sender(execution)));
    var verdict = check.verdict(tour, LeaveValues.firstDay(execution), LeaveValues.days(execution));
    execution.setVariable(LEAVE_BALANCE, LeaveRule.plain(verdict.balance()) + " days available on "
        + LeaveValues.firstDay(execution));
  }
}
