package ca.gc.cpa.deployment;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.List;
import org.springframework.stereotype.Component;

/** An extension the officer asks for names its length in months. */
@Component("reviewExtensionCheck")
public class ReviewExtensionCheck implements CompletionCheck {

  @Override
  public List<FieldViolation> check(FormValues values) {
    boolean requested = values.bool(DeploymentVariables.OFFICER_REQUESTS_EXTENSION).orElse(false);
    if (requested && values.integer(DeploymentVariables.EXTENSION_MONTHS).filter(m -> m >= 1).isEmpty()) {
      return List.of(new FieldViolation(DeploymentVariables.EXTENSION_MONTHS, "is required when the officer asks for an extension"));
    }
    return List.of();
  }
}
