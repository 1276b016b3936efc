package ca.gc.cpa.deployment;

import static ca.gc.cpa.deployment.TourCalendar.startOfDay;
import static ca.gc.cpa.process.OfficerDeploymentProcess.*;

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
    LocalDate arrived = ARRIVED_ON.from(execution);
    var dates = calendar.plan(arrived, TOUR_MONTHS.from(execution));
    TOUR_START_DATE.set(execution, arrived);
    TOUR_END_DATE.set(execution, dates.tourEnd());
    INDUCTION_ENDS_AT.set(execution, startOfDay(dates.inductionEnd()));
    TOUR_ENDS_AT.set(execution, startOfDay(dates.tourEnd()));
    String key = execution.getProcessBusinessKey();
    tours.recordArrival(key, DEPARTED_ON.orNull(execution), arrived, dates.tourEnd());
    tours.updateStage(key, TourStatus.DEPLOYED, TourStages.INDUCTION);
  }
}
