package ca.gc.cpa.intake;

import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.process.AssistanceRequestProcess;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rules a new request must meet, the same for the intake API and Tasklist's start form: the
 * contract's field constraints (Bean Validation on {@link NewAssistanceRequest}) and a requested start
 * that is not in the past. Every violation is reported, sorted by field.
 */
public final class IntakeRules {

  private final Validator validator;

  public IntakeRules(Validator validator) {
    this.validator = validator;
  }

  public List<FieldViolation> check(NewAssistanceRequest request, LocalDate today) {
    List<FieldViolation> violations = new ArrayList<>();
    validator.validate(request).forEach(v -> violations.add(
        new FieldViolation(v.getPropertyPath().toString(), v.getMessage())));
    if (request.requestedStart() != null && request.requestedStart().isBefore(today)) {
      violations.add(new FieldViolation(AssistanceRequestProcess.REQUESTED_START, "must not be in the past"));
    }
    violations.sort(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message));
    return violations;
  }
}
