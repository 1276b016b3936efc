package ca.gc.cpa.welfare;

import static ca.gc.cpa.deployment.DeploymentVariables.*;

import ca.gc.cpa.domain.TourProgress;
import ca.gc.cpa.domain.TourRepository;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A leave request checked against the balance accrued (LeaveRule), recorded granted or refused. */
@Component("decideLeaveRequest")
public class DecideLeaveRequest implements JavaDelegate {

  private final LeaveRule rule;
  private final TourRepository tours;

  public DecideLeaveRequest(WelfareProperties properties, TourRepository tours) {
    this.rule = new LeaveRule(properties);
    this.tours = tours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    BigDecimal taken = tours.findProgress(key).map(TourProgress::leaveTakenDays).orElse(BigDecimal.ZERO);
    BigDecimal requested = decimal(execution, LEAVE_DAYS);
    var decision = rule.decide(date(execution, TOUR_START_DATE), today(), taken, requested);
    tours.recordLeaveRequest(key, date(execution, LEAVE_FIRST_DAY), requested, decision.granted(), decision.reason(),
        LocalDateTime.of(today(), java.time.LocalTime.NOON));
    execution.setVariable(LEAVE_GRANTED, decision.granted());
    execution.setVariable(LEAVE_BALANCE, decision.balance().doubleValue());
    execution.setVariable(LEAVE_DECISION, decision.granted()
        ? "GRANTED: " + requested.stripTrailingZeros().toPlainString() + " days from " + date(execution, LEAVE_FIRST_DAY)
        : "REFUSED: " + decision.reason());
    // the next request starts from an empty form
    execution.removeVariable(LEAVE_FIRST_DAY);
    execution.removeVariable(LEAVE_DAYS);
  }
}
