package ca.gc.cpa.inmission;

import static ca.gc.cpa.inmission.InMissionVariables.EARLY_RETURN_DECIDED;
import static ca.gc.cpa.inmission.InMissionVariables.EARLY_RETURN_KIND;
import static ca.gc.cpa.inmission.InMissionVariables.EMERGENCY;
import static ca.gc.cpa.inmission.InMissionVariables.REPLACEMENT_NEEDED;
import static ca.gc.cpa.inmission.InMissionVariables.TOUR_BUSINESS_KEY;
import static ca.gc.cpa.inmission.InMissionVariables.string;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Ends the officer's tour early: message {@code EarlyReturnDecided} to the tour (process officer-deployment),
 * with the kind and whether the mission needs a replacement. The tour then repatriates the officer, frees
 * the position (the mission reselects when a replacement is needed) and tells the home service. After a
 * critical incident the kind is {@code EMERGENCY} and a replacement is asked for.
 */
@Component("orderEarlyReturn")
public class OrderEarlyReturn implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String kind = execution.hasVariable(EARLY_RETURN_KIND) ? string(execution, EARLY_RETURN_KIND) : EMERGENCY;
    boolean replacement = !execution.hasVariable(REPLACEMENT_NEEDED) || Boolean.TRUE.equals(execution.getVariable(REPLACEMENT_NEEDED));
    var runtime = execution.getProcessEngineServices().getRuntimeService();
    // the sender was allowed to send the event; telling the tour is the system's act
    Context.getCommandContext().runWithoutAuthorization(() -> runtime.createMessageCorrelation(EARLY_RETURN_DECIDED)
        .processInstanceBusinessKey(string(execution, TOUR_BUSINESS_KEY))
        .setVariables(Map.of(EARLY_RETURN_KIND, kind, REPLACEMENT_NEEDED, replacement))
        .correlateAllWithResult());   // a tour already on its way home has nothing left to end
  }
}
