package ca.gc.cpa.inmission;

import static ca.gc.cpa.inmission.InMissionVariables.HEALTH_ADVICE;
import static ca.gc.cpa.inmission.InMissionVariables.INCIDENT_ID;
import static ca.gc.cpa.inmission.InMissionVariables.REPATRIATION_DECISION;
import static ca.gc.cpa.inmission.InMissionVariables.string;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.InMissionRepository;
import ca.gc.cpa.process.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records RCMP IPOB's emergency repatriation decision on the incident, with health's advice and who decided. */
@Component("recordRepatriationDecision")
public class RecordRepatriationDecision implements JavaDelegate {

  public static final String REPATRIATE = "REPATRIATE";

  private final InMissionRepository records;

  public RecordRepatriationDecision(InMissionRepository records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decider = Actor.currentUser();
    String decision = string(execution, REPATRIATION_DECISION);
    records.recordDecision(((Number) execution.getVariable(INCIDENT_ID)).longValue(), string(execution, HEALTH_ADVICE),
        decision, decider, EngineClock.now());
    String tour = string(execution, InMissionVariables.TOUR_BUSINESS_KEY);
    if (REPATRIATE.equals(decision) && !records.earlyReturnRecorded(tour)) {
      records.recordEarlyReturn(tour, InMissionVariables.EMERGENCY, string(execution, InMissionVariables.INCIDENT_SUMMARY),
          true, decider, EngineClock.now());
    }
  }
}
