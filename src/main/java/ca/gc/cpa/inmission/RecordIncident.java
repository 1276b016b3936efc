package ca.gc.cpa.inmission;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.ServingTourRepository;
import ca.gc.cpa.domain.TourIncidentRepository;
import ca.gc.cpa.process.Actor;
import ca.gc.cpa.process.IncidentProcess;
import ca.gc.cpa.welfare.WelfareProperties;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records an incident on the officer's tour (verdict level: kind, severity, summary, who reported it), held by
 * this instance; a critical one gets the hour by which the emergency repatriation decision is due. A minor one
 * ends here: the officer's name, mission and service are set only for the tasks of a serious or critical one.
 */
@Component("recordIncident")
public class RecordIncident implements JavaDelegate {

  private final ServingTourRepository serving;
  private final TourIncidentRepository incidents;
  private final WelfareProperties properties;

  public RecordIncident(ServingTourRepository serving, TourIncidentRepository incidents, WelfareProperties properties) {
    this.serving = serving;
    this.incidents = incidents;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var tour = TourEvents.servingTour(execution, serving);
    LocalDateTime now = EngineClock.now();
    String severity = IncidentProcess.INCIDENT_SEVERITY.orNull(execution);
    boolean followedUp = !IncidentProcess.MINOR.equals(severity);
    TourEvents.identify(execution, tour, followedUp);
    if (followedUp) {
      TourEvents.describe(execution, tour);
    }
    LocalDateTime due = IncidentProcess.CRITICAL.equals(severity) ? now.plusHours(properties.repatriationDecisionHours()) : null;
    incidents.recordIncident(tour.tourBusinessKey(), IncidentProcess.INCIDENT_KIND.orNull(execution), severity,
        IncidentProcess.INCIDENT_OCCURRED_ON.from(execution), IncidentProcess.INCIDENT_SUMMARY.orNull(execution),
        Actor.currentUser(), now, due, execution.getProcessInstanceId());
    if (due != null) {
      IncidentProcess.DECISION_DUE_AT.set(execution, due.withNano(0).toString());
    }
  }
}
