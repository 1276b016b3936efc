package ca.gc.cpa.deployment;

import static ca.gc.cpa.deployment.DeploymentVariables.*;

import ca.gc.cpa.domain.TourRepository;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Grants or refuses the extension (ExtensionRule); a granted one moves the tour's end and its next review. */
@Component("decideExtension")
public class DecideExtension implements JavaDelegate {

  private final ExtensionRule rule;
  private final TourCalendar calendar;
  private final TourRepository tours;

  public DecideExtension(DeploymentProperties properties, TourRepository tours) {
    this.rule = new ExtensionRule(properties);
    this.calendar = new TourCalendar(properties);
    this.tours = tours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    int extendedSoFar = tours.findProgress(key).map(p -> p.extensionMonths()).orElse(0);
    int monthsSoFar = integer(execution, TOUR_MONTHS) + extendedSoFar;
    Integer requested = integer(execution, EXTENSION_MONTHS);
    var decision = rule.decide(bool(execution, MISSION_NEEDS_POST), bool(execution, HOME_SERVICE_RELEASES),
        bool(execution, OFFICER_REQUESTS_EXTENSION), monthsSoFar, requested == null ? 0 : requested);
    execution.setVariable(EXTENSION_GRANTED, decision.granted());
    execution.setVariable(EXTENSION_DECISION, decision.granted() ? "GRANTED" : "REFUSED: " + String.join("; ", decision.reasons()));
    if (decision.granted()) {
      LocalDate newEnd = date(execution, TOUR_END_DATE).plusMonths(requested);
      var dates = calendar.datesFor(date(execution, TOUR_START_DATE), newEnd);
      execution.setVariable(TOUR_END_DATE, newEnd.toString());
      execution.setVariable(EXTENSION_REVIEW_AT, startOfDay(dates.extensionReview()));
      execution.setVariable(TOUR_ENDS_AT, startOfDay(newEnd));
      tours.recordExtension(key, requested, newEnd);
    }
    tours.updateStage(key, null, "ON_TOUR");
  }
}
