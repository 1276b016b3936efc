package ca.gc.cpa.deployment;

import static ca.gc.cpa.deployment.DeploymentVariables.*;

import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.domain.TourStatus;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The officer arrived: the tour's dates (induction end, tour end) for the timers and the record. */
@Component("startTour")
public class StartTour implements JavaDelegate {

  private final TourCalendar calendar;
  private final TourRepository tours;

  public StartTour(DeploymentProperties properties, TourRepository tours) {
    this.calendar = new TourCalendar(properties);
    this.tours = tours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate arrived = date(execution, ARRIVED_ON);
    var dates = calendar.plan(arrived, integer(execution, TOUR_MONTHS));
    execution.setVariable(TOUR_START_DATE, arrived.toString());
    execution.setVariable(TOUR_END_DATE, dates.tourEnd().toString());
    execution.setVariable(INDUCTION_ENDS_AT, startOfDay(dates.inductionEnd()));
    execution.setVariable(TOUR_ENDS_AT, startOfDay(dates.tourEnd()));
    String key = execution.getProcessBusinessKey();
    tours.recordArrival(key, date(execution, DEPARTED_ON), arrived, dates.tourEnd());
    tours.updateStage(key, TourStatus.DEPLOYED, TourStages.INDUCTION);
  }
}
