package ca.gc.cpa.inmission;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.MissionCommandRepository;
import ca.gc.cpa.domain.ServingTourRepository;
import ca.gc.cpa.domain.TourLeaveRequestRepository;
import ca.gc.cpa.process.Actor;
import ca.gc.cpa.process.LeaveRequestProcess;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A leave request came in: it is recorded as asked, by whom, held by this instance; who approves it (the contingent
 * commander of the officer's mission; his own request on an officer's behalf is his approval). When he has to
 * approve, his task gets him as its assignee and its form the officer, the mission and the balance at the leave's
 * first day.
 */
@Component("openLeaveRequest")
public class OpenLeaveRequest implements JavaDelegate {

  private final ServingTourRepository serving;
  private final MissionCommandRepository command;
  private final TourLeaveRequestRepository leave;
  private final LeaveCheck check;

  public OpenLeaveRequest(ServingTourRepository serving, MissionCommandRepository command,
      TourLeaveRequestRepository leave, LeaveCheck check) {
    this.serving = serving;
    this.command = command;
    this.leave = leave;
    this.check = check;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var tour = TourEvents.servingTour(execution, serving);
    TourEvents.identify(execution, tour, false);
    String sender = Actor.currentUser();
    LocalDate firstDay = LeaveRequestProcess.LEAVE_FIRST_DAY.from(execution);
    BigDecimal days = LeaveRequestProcess.LEAVE_DAYS.from(execution);
    leave.recordRequest(tour.tourBusinessKey(), firstDay, days, sender, EngineClock.now(), execution.getProcessInstanceId());
    String commander = command.commanderOf(tour.missionBusinessKey()).orElse(null);
    boolean sentByCommander = commander != null && commander.equals(sender);
    LeaveRequestProcess.SENT_BY_COMMANDER.set(execution, sentByCommander);
    if (!sentByCommander) {
      // none while the mission has no commander named: the task is offered to RCMP IPOB (StandInForCommander)
      LeaveRequestProcess.CONTINGENT_COMMANDER.set(execution, commander);
      TourEvents.describe(execution, tour);
      var verdict = check.verdict(tour, firstDay, days);
      LeaveRequestProcess.LEAVE_BALANCE.set(execution, LeaveRule.plain(verdict.balance()) + " days available on " + firstDay);
    }
  }
}
