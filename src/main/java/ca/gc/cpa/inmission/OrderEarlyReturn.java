package ca.gc.cpa.inmission;

import ca.gc.cpa.process.EarlyReturnProcess;
import ca.gc.cpa.process.OfficerDeploymentProcess.EarlyReturnDecided;
import ca.gc.cpa.process.TourEvent;
import ca.gc.cpa.process.Variable;
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
    // asked (process early-return, its start form's kind), or decided after a critical incident (process incident)
    boolean asked = execution.hasVariable(EarlyReturnProcess.EARLY_RETURN_KIND.name());
    String kind = asked ? EarlyReturnProcess.EARLY_RETURN_KIND.orNull(execution) : EarlyReturnProcess.EMERGENCY;
    boolean replacement = !asked || Variable.isTrue(execution, EarlyReturnProcess.REPLACEMENT_NEEDED);
    EarlyReturnDecided decided = new EarlyReturnDecided(kind, replacement);
    var runtime = execution.getProcessEngineServices().getRuntimeService();
    // the sender was allowed to send the event; telling the tour is the system's act
    Context.getCommandContext().runWithoutAuthorization(() -> runtime.createMessageCorrelation(EarlyReturnDecided.MESSAGE)
        .processInstanceBusinessKey(TourEvent.TOUR_BUSINESS_KEY.from(execution))
        .setVariables(decided.variables())
        .correlateAllWithResult());   // a tour already on its way home has nothing left to end
  }
}
