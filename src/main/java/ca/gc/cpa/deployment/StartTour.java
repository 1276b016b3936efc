package ca.gc.cpa.deployment;

import static ca.gc.cpa.deployment.TourCalendar.startOfDay;
import static ca.gc.cpa.process.OfficerDeploymentProcess.*;

import ca.gc.cpa.domain.TourProgress;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.domain.TourStatus;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The officer arrived: the tour's dates (induction end, tour end) for the timers and the record, from the months on
 * the tour's record; the arrival is the tour's start, on the record.
 */
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
    String key = execution.getProcessBusinessKey();
    LocalDate arrived = ARRIVED_ON.from(execution);
    Integer months = tours.findProgress(key).map(TourProgress::tourMonths)
        .orElseThrow(() -> new IllegalStateException("Tour " + key + " has no months on its record"));
    var dates = calendar.plan(arrived, months);
    TOUR_END_DATE.set(execution, dates.tourEnd());
    INDUCTION_ENDS_AT.set(execution, startOfDay(dates.inductionEnd()));
    TOUR_ENDS_AT.set(execution, startOfDay(dates.tourEnd()));
    tours.recordArrival(key, DEPARTED_ON.orNull(execution), arrived, dates.tourEnd());
    tours.updateStage(key, TourStatus.DEPLOYED, TourStages.INDUCTION);
  }
}
