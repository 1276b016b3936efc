package ca.gc.cpa.selection;

import static ca.gc.cpa.process.CandidateSelectionProcess.*;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Nobody is passed over silently: passing over needs a reason. A confirmation while the rotation's nominees hold
 * fewer women than the UN target needs a reason too (asked, never a block).
 */
@Component("confirmSelectionCheck")
public class ConfirmSelectionCheck implements CompletionCheck {

  @Override
  public List<FieldViolation> check(FormValues values) {
    String decision = values.value(SELECTION_DECISION).orElse("");
    if (PASS_OVER.equals(decision) && values.value(PASS_OVER_REASON).isEmpty()) {
      return List.of(new FieldViolation(PASS_OVER_REASON, "is required to pass over a candidate"));
    }
    boolean belowTarget = values.value(WOMEN_SHARE_BELOW_TARGET).orElse(false);
    if (CONFIRM.equals(decision) && belowTarget && values.value(WOMEN_SHARE_REASON).isEmpty()) {
      return List.of(new FieldViolation(WOMEN_SHARE_REASON,
          "the rotation's nominees are below the UN target share of women: say why you confirm (it does not block)"));
    }
    return List.of();
  }
}
