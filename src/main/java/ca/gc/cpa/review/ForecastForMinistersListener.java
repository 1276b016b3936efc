package ca.gc.cpa.review;

import static ca.gc.cpa.process.AssistanceRequestProcess.*;

import ca.gc.cpa.domain.AssistanceRequestRepository;
import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.process.AssistanceRequestProcess;
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
          ForecastForMinisters.withinCap(AssistanceRequestProcess.FORECAST_PEAK_HEADROOM_WITH_CEILING.from(task))
              ? "WITHIN_CAP" : "OVER_CAP",
          AssistanceRequestProcess.CAPACITY_FORECAST.orNull(task), task.getAssignee(), EngineClock.now());
    }
  }

  private void show(DelegateTask task) {
    int ceiling = AssistanceRequestProcess.PROPOSED_CEILING.in(task).filter(c -> c >= 1)
        .orElseGet(() -> AssistanceRequestProcess.OFFICERS_REQUESTED.from(task));
    LocalDate start = AssistanceRequestProcess.REQUESTED_START.orNull(task);
    LocalDate firstMonth = YearMonth.from(EngineClock.today()).plusMonths(1).atDay(1);
    var forecast = outlook.forecast(ProgramView.Scope.PROGRAM,
        new CapacityForecast.Proposal(ceiling, start == null || start.isBefore(firstMonth) ? firstMonth : start));
    ForecastForMinisters seen = ForecastForMinisters.of(forecast);
    var execution = task.getExecution();
    AssistanceRequestProcess.CAPACITY_FORECAST.set(execution, seen.summary());
    AssistanceRequestProcess.FORECAST_PEAK_MONTH.set(execution, seen.peakMonth().toString());
    AssistanceRequestProcess.FORECAST_PEAK_HEADROOM.set(execution, seen.peakHeadroom());
    AssistanceRequestProcess.FORECAST_PEAK_MONTH_WITH_CEILING.set(execution, seen.peakMonthWithCeiling().toString());
    AssistanceRequestProcess.FORECAST_PEAK_HEADROOM_WITH_CEILING.set(execution, seen.peakHeadroomWithCeiling());
  }
}
