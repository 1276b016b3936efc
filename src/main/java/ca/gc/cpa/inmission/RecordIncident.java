package ca.gc.cpa.inmission;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.ServingTourRepository;
import ca.gc.cpa.domain.TourIncidentRepository;
import ca.gc.cpa.process.IncidentProcess;
import ca.gc.cpa.welfare.WelfareProperties;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records an incident on the officer's tour (verdict level: kind, severity, summary); a critical one gets the
 * hour by which the emergency repatriation decision is due.
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
    TourEvents.describe(execution, tour);
    LocalDateTime now = EngineClock.now();
    String severity = IncidentProcess.INCIDENT_SEVERITY.orNull(execution);
    LocalDateTime due = IncidentProcess.CRITICAL.equals(severity) ? now.plusHours(properties.repatriationDecisionHours()) : null;
    long id = incidents.recordIncident(tour.tourBusinessKey(), IncidentProcess.INCIDENT_KIND.orNull(execution), severity,
        IncidentProcess.INCIDENT_OCCURRED_ON.from(execution), IncidentProcess.INCIDENT_SUMMARY.orNull(execution),
        TourEvents.sender(execution), now, due);
    IncidentProcess.INCIDENT_ID.set(execution, id);
    if (due != null) {
      IncidentProcess.DECISION_DUE_AT.set(execution, due.withNano(0).toString());
    }
  }
}
