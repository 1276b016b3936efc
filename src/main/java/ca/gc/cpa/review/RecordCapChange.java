package ca.gc.cpa.review;

import ca.gc.cpa.cap.CeilingRule;
import ca.gc.cpa.cap.ProgramCap;
import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.process.CapChange;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the ministers' change of the program cap recorded with a decision (a new mission's ceiling, or a changed one)
 * in the cap's history ({@link ProgramCap}), which every later check uses; the answer's variables are then cleared so a
 * later decision does not carry them again. Runs when the decision's task ends.
 */
@Component("recordCapChange")
public class RecordCapChange implements ExecutionListener {

  private final ProgramCap cap;

  public RecordCapChange(ProgramCap cap) {
    this.cap = cap;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormValues answers = new FormValues(Map.of(), execution::getVariable, EngineClock.today(), null);
    // a complete change only: the decision's check refused an incomplete one where it counts (an approval)
    CeilingRule.capChange(answers, execution.getProcessBusinessKey())
        .filter(change -> change.decidedOn() != null && change.reference() != null).ifPresent(cap::record);
    // recorded (or refused): not carried to a later decision
    CapChange.FIELDS.forEach(answer -> execution.removeVariable(answer.name()));
  }
}
