package ca.gc.cpa.inmission;

import static ca.gc.cpa.inmission.InMissionVariables.DECISION_DUE_AT;
import static ca.gc.cpa.inmission.InMissionVariables.INCIDENT_ID;
import static ca.gc.cpa.inmission.InMissionVariables.INCIDENT_KIND;
import static ca.gc.cpa.inmission.InMissionVariables.INCIDENT_OCCURRED_ON;
import static ca.gc.cpa.inmission.InMissionVariables.INCIDENT_SEVERITY;
import static ca.gc.cpa.inmission.InMissionVariables.INCIDENT_SUMMARY;
import static ca.gc.cpa.inmission.InMissionVariables.string;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.InMissionRepository;
import ca.gc.cpa.welfare.WelfareProperties;
import java.time.LocalDate;
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

  public static final String CRITICAL = "CRITICAL";

  private final InMissionRepository records;
  private final WelfareProperties properties;

  public RecordIncident(InMissionRepository records, WelfareProperties properties) {
    this.records = records;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var tour = InMissionVariables.servingTour(execution, records);
    InMissionVariables.describe(execution, tour);
    LocalDateTime now = EngineClock.now();
    String severity = string(execution, INCIDENT_SEVERITY);
    LocalDateTime due = CRITICAL.equals(severity) ? now.plusHours(properties.repatriationDecisionHours()) : null;
    long id = records.recordIncident(tour.tourBusinessKey(), string(execution, INCIDENT_KIND), severity,
        LocalDate.parse(string(execution, INCIDENT_OCCURRED_ON).substring(0, 10)), string(execution, INCIDENT_SUMMARY),
        InMissionVariables.sender(execution), now, due);
    execution.setVariable(INCIDENT_ID, id);
    if (due != null) {
      execution.setVariable(DECISION_DUE_AT, due.withNano(0).toString());
    }
  }
}
