package ca.gc.cpa.forms;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Free text of {@code /api} must be readable text ({@link VisibleText}); null and "" are left to other rules. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Readable.Check.class)
public @interface Readable {

  String message() default "must contain visible text, without control characters";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<Readable, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      var problem = VisibleText.problem(value);
      if (problem.isPresent()) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem.get()).addConstraintViolation();
        return false;
      }
      return true;
    }
  }
}
