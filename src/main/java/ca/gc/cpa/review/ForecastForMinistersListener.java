package ca.gc.cpa.review;

import static ca.gc.cpa.intake.RequestVariables.*;

import ca.gc.cpa.domain.AssistanceRequestRepository;
import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.program.CapacityForecast;
import ca.gc.cpa.program.CapacityOutlook;
import ca.gc.cpa.program.ForecastForMinisters;
import ca.gc.cpa.program.ProgramView;
import java.time.LocalDate;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The capacity forecast on the ministerial decision: when the task is created, the forecast with and without
 * the partners' proposed ceiling (or the officers requested, when they proposed none) from the requested start,
 * for the form to show ({@link ForecastForMinisters}); when it is completed, what was shown goes into the
 * request's record (request_review step {@code CAPACITY_FORECAST}) beside the decision.
 */
@Component("forecastForMinisters")
public class ForecastForMinistersListener implements TaskListener {

  static final String STEP = "CAPACITY_FORECAST";

  private final CapacityOutlook outlook;
  private final AssistanceRequestRepository requests;

  public ForecastForMinistersListener(CapacityOutlook outlook, AssistanceRequestRepository requests) {
    this.outlook = outlook;
    this.requests = requests;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      show(task);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      requests.recordReview(task.getExecution().getProcessBusinessKey(), STEP,
          Boolean.TRUE.equals(task.getVariable(FORECAST_WITHIN_CAP)) ? "WITHIN_CAP" : "OVER_CAP",
          string(task, CAPACITY_FORECAST), task.getAssignee(), EngineClock.now());
    }
  }

  private void show(DelegateTask task) {
    Object proposed = task.getVariable(PROPOSED_CEILING);
    int ceiling = proposed instanceof Number p && p.intValue() >= 1 ? p.intValue() : integer(task, OFFICERS_REQUESTED);
    LocalDate start = date(task, REQUESTED_START);
    LocalDate firstMonth = YearMonth.from(EngineClock.today()).plusMonths(1).atDay(1);
    var forecast = outlook.forecast(ProgramView.Scope.PROGRAM,
        new CapacityForecast.Proposal(ceiling, start == null || start.isBefore(firstMonth) ? firstMonth : start));
    ForecastForMinisters seen = ForecastForMinisters.of(forecast);
    var execution = task.getExecution();
    execution.setVariable(CAPACITY_FORECAST, seen.summary());
    execution.setVariable(FORECAST_PEAK_MONTH, seen.peakMonth().toString());
    execution.setVariable(FORECAST_PEAK_HEADROOM, seen.peakHeadroom());
    execution.setVariable(FORECAST_PEAK_MONTH_WITH_CEILING, seen.peakMonthWithCeiling().toString());
    execution.setVariable(FORECAST_PEAK_HEADROOM_WITH_CEILING, seen.peakHeadroomWithCeiling());
    execution.setVariable(FORECAST_WITHIN_CAP, seen.withinCap());
  }
}
