package ca.gc.cpa.selection;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.List;
import org.springframework.stereotype.Component;

/** Nobody is passed over silently: passing over needs a reason. */
@Component("confirmSelectionCheck")
public class ConfirmSelectionCheck implements CompletionCheck {

  @Override
  public List<FieldViolation> check(FormValues values) {
    boolean passOver = values.string(SelectionVariables.SELECTION_DECISION).filter("PASS_OVER"::equals).isPresent();
    if (passOver && values.string(SelectionVariables.PASS_OVER_REASON).isEmpty()) {
      return List.of(new FieldViolation(SelectionVariables.PASS_OVER_REASON, "is required to pass over a candidate"));
    }
    return List.of();
  }
}
