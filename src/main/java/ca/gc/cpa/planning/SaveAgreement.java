package ca.gc.cpa.planning;

import static ca.gc.cpa.planning.MissionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the agreement (MOU or technical agreement) with the lead organization on the mission. */
@Component("saveAgreement")
public class SaveAgreement implements JavaDelegate {

  private final MissionPlanRepository plans;

  public SaveAgreement(MissionPlanRepository plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plans.recordAgreement(execution.getProcessBusinessKey(), string(execution, AGREEMENT_KIND),
        string(execution, AGREEMENT_REFERENCE), date(execution, AGREEMENT_DATE));
  }
}
