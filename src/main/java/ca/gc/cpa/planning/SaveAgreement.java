package ca.gc.cpa.planning;

import static ca.gc.cpa.process.MissionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the agreement (MOU or technical agreement) with the lead organization on the mission, the last of the
 * planning's forms: what those forms alone showed or asked leaves the mission's variables.
 */
@Component("saveAgreement")
public class SaveAgreement implements JavaDelegate {

  private final MissionPlanRepository plans;

  public SaveAgreement(MissionPlanRepository plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plans.recordAgreement(execution.getProcessBusinessKey(), AGREEMENT_KIND.orNull(execution),
        AGREEMENT_REFERENCE.orNull(execution), AGREEMENT_DATE.orNull(execution));
    // the planning's forms are done: what they alone showed or asked is in the mission's record now
    execution.removeVariables(planningFormsOnly());
  }
}
