package ca.gc.cpa.review;

import static ca.gc.cpa.process.AssistanceRequestProcess.HEADROOM;
import static ca.gc.cpa.process.AssistanceRequestProcess.OFFICERS_COMMITTED;
import static ca.gc.cpa.process.AssistanceRequestProcess.OFFICER_CAP;

import ca.gc.cpa.cap.CapHeadroom;
import ca.gc.cpa.cap.ProgramHeadroom;
import ca.gc.cpa.process.AssistanceRequestProcess;
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
    AssistanceRequestProcess.OFFICER_CAP.set(execution, now.cap());
    AssistanceRequestProcess.OFFICERS_COMMITTED.set(execution, now.committed());
    AssistanceRequestProcess.HEADROOM.set(execution, now.headroom());
  }
}
