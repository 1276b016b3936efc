package ca.gc.cpa.inmission;

import static ca.gc.cpa.inmission.InMissionVariables.LEAVE_APPROVED;
import static ca.gc.cpa.inmission.InMissionVariables.LEAVE_REFUSAL_REASON;
import static ca.gc.cpa.inmission.InMissionVariables.SENT_BY_COMMANDER;
import static ca.gc.cpa.inmission.InMissionVariables.string;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.InMissionRepository;
import ca.gc.cpa.process.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The commander's answer on leave, recorded; granted leave is checked once more against the balance at its
 * first day (leave granted meanwhile counts) and taken from it.
 */
@Component("recordLeave")
public class RecordLeave implements JavaDelegate {

  private final InMissionRepository records;
  private final LeaveCheck check;

  public RecordLeave(InMissionRepository records, LeaveCheck check) {
    this.records = records;
    this.check = check;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var tour = InMissionVariables.servingTour(execution, records);
    var firstDay = LeaveValues.firstDay(execution);
    var days = LeaveValues.days(execution);
    boolean approved = Boolean.TRUE.equals(execution.getVariable(SENT_BY_COMMANDER))
        || "APPROVE".equals(execution.getVariable(InMissionVariables.LEAVE_ANSWER));
    String reason = approved ? null : string(execution, LEAVE_REFUSAL_REASON);
    if (approved) {
      var verdict = check.verdict(tour, firstDay, days);
      if (!verdict.allowed()) {
        approved = false;
        reason = verdict.reasons().get(0).message();
      }
    }
    String decidedBy = Boolean.TRUE.equals(execution.getVariable(SENT_BY_COMMANDER))
        ? InMissionVariables.sender(execution) : Actor.currentUser();
    records.recordLeave(tour.tourBusinessKey(), firstDay, days, approved, reason, InMissionVariables.sender(execution),
        decidedBy, EngineClock.now());
    execution.setVariable(LEAVE_APPROVED, approved);
  }
}
