package ca.gc.cpa.inmission;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.ServingTourRepository;
import ca.gc.cpa.domain.TourLeaveRequestRepository;
import ca.gc.cpa.process.Actor;
import ca.gc.cpa.process.LeaveRequestProcess;
import ca.gc.cpa.process.Variable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The commander's answer on leave, recorded; granted leave is checked once more against the balance at its
 * first day (leave granted meanwhile counts) and taken from it.
 */
@Component("recordLeave")
public class RecordLeave implements JavaDelegate {

  private final ServingTourRepository serving;
  private final TourLeaveRequestRepository leave;
  private final LeaveCheck check;

  public RecordLeave(ServingTourRepository serving, TourLeaveRequestRepository leave, LeaveCheck check) {
    this.serving = serving;
    this.leave = leave;
    this.check = check;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var tour = TourEvents.servingTour(execution, serving);
    var firstDay = LeaveRequestProcess.LEAVE_FIRST_DAY.from(execution);
    var days = LeaveRequestProcess.LEAVE_DAYS.from(execution);
    boolean sentByCommander = Variable.isTrue(execution, LeaveRequestProcess.SENT_BY_COMMANDER);
    boolean approved = sentByCommander
        || LeaveRequestProcess.LEAVE_ANSWER.in(execution).filter(LeaveRequestProcess.APPROVE::equals).isPresent();
    String reason = approved ? null : LeaveRequestProcess.LEAVE_REFUSAL_REASON.orNull(execution);
    if (approved) {
      var verdict = check.verdict(tour, firstDay, days);
      if (!verdict.allowed()) {
        approved = false;
        reason = verdict.reasons().get(0).message();
      }
    }
    String decidedBy = sentByCommander ? TourEvents.sender(execution) : Actor.currentUser();
    leave.recordLeave(tour.tourBusinessKey(), firstDay, days, approved, reason, TourEvents.sender(execution),
        decidedBy, EngineClock.now());
    LeaveRequestProcess.LEAVE_APPROVED.set(execution, approved);
  }
}
