package ca.gc.cpa.inmission;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.TourEarlyReturnRepository;
import ca.gc.cpa.domain.TourIncidentRepository;
import ca.gc.cpa.process.Actor;
import ca.gc.cpa.process.EarlyReturnProcess;
import ca.gc.cpa.process.IncidentProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records RCMP IPOB's emergency repatriation decision on the incident, with health's advice and who decided. */
@Component("recordRepatriationDecision")
public class RecordRepatriationDecision implements JavaDelegate {

  private final TourIncidentRepository incidents;
  private final TourEarlyReturnRepository earlyReturns;

  public RecordRepatriationDecision(TourIncidentRepository incidents, TourEarlyReturnRepository earlyReturns) {
    this.incidents = incidents;
    this.earlyReturns = earlyReturns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decider = Actor.currentUser();
    String decision = IncidentProcess.REPATRIATION_DECISION.orNull(execution);
    incidents.recordDecision(TourEvents.incident(execution, incidents), IncidentProcess.HEALTH_ADVICE.orNull(execution),
        decision, decider, EngineClock.now());
    String tour = IncidentProcess.TOUR_BUSINESS_KEY.from(execution);
    if (IncidentProcess.REPATRIATE.equals(decision) && !earlyReturns.earlyReturnRecorded(tour)) {
      earlyReturns.recordEarlyReturn(tour, EarlyReturnProcess.EMERGENCY, IncidentProcess.INCIDENT_SUMMARY.orNull(execution),
          true, decider, EngineClock.now());
    }
  }
}
