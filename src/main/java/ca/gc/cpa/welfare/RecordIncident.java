package ca.gc.cpa.welfare;

import ca.gc.cpa.domain.EngineClock;

import static ca.gc.cpa.deployment.DeploymentVariables.*;

import ca.gc.cpa.domain.TourRepository;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An incident reported in mission: recorded with its severity; a critical one calls for emergency repatriation. */
@Component("recordIncident")
public class RecordIncident implements JavaDelegate {

  public static final String MINOR = "MINOR";
  public static final String CRITICAL = "CRITICAL";

  private final TourRepository tours;

  public RecordIncident(TourRepository tours) {
    this.tours = tours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String severity = CRITICAL.equals(string(execution, INCIDENT_SEVERITY)) ? CRITICAL : MINOR;
    execution.setVariable(INCIDENT_SEVERITY, severity);
    tours.recordIncident(execution.getProcessBusinessKey(), severity, string(execution, INCIDENT_SUMMARY),
        EngineClock.now());
    if (CRITICAL.equals(severity)) {
      execution.setVariable(EMERGENCY_REPATRIATION, true);
    }
  }
}
