package ca.gc.cpa.inmission;

import ca.gc.cpa.domain.MissionCommandRepository;
import ca.gc.cpa.domain.ServingTourRepository;
import ca.gc.cpa.process.LeaveRequestProcess;
import java.time.LocalDate;
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

  private final ServingTourRepository serving;
  private final MissionCommandRepository command;
  private final LeaveCheck check;

  public OpenLeaveRequest(ServingTourRepository serving, MissionCommandRepository command, LeaveCheck check) {
    this.serving = serving;
    this.command = command;
    this.check = check;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var tour = TourEvents.servingTour(execution, serving);
    TourEvents.describe(execution, tour);
    String commander = command.commanderOf(tour.missionBusinessKey()).orElse(null);
    LeaveRequestProcess.CONTINGENT_COMMANDER.set(execution, commander);
    LeaveRequestProcess.SENT_BY_COMMANDER.set(execution, commander != null && commander.equals(TourEvents.sender(execution)));
    LocalDate firstDay = LeaveRequestProcess.LEAVE_FIRST_DAY.from(execution);
    var verdict = check.verdict(tour, firstDay, LeaveRequestProcess.LEAVE_DAYS.from(execution));
    LeaveRequestProcess.LEAVE_BALANCE.set(execution, LeaveRule.plain(verdict.balance()) + " days available on " + firstDay);
  }
}
