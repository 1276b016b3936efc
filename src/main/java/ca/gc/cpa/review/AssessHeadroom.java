package ca.gc.cpa.review;

import static ca.gc.cpa.intake.RequestVariables.HEADROOM;
import static ca.gc.cpa.intake.RequestVariables.OFFICERS_COMMITTED;
import static ca.gc.cpa.intake.RequestVariables.OFFICER_CAP;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Assess the program's headroom: officers committed now against the cap, shown to the reviewers. */
@Component("assessHeadroom")
public class AssessHeadroom implements JavaDelegate {

  private final ProgramHeadroom headroom;

  public AssessHeadroom(ProgramHeadroom headroom) {
    this.headroom = headroom;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CapHeadroom now = headroom.now();
    execution.setVariable(OFFICER_CAP, now.cap());
    execution.setVariable(OFFICERS_COMMITTED, now.committed());
    execution.setVariable(HEADROOM, now.headroom());
  }
}
