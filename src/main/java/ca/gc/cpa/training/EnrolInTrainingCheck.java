package ca.gc.cpa.training;

import static ca.gc.cpa.process.OfficerDeploymentProcess.TRAINING_END_DATE;
import static ca.gc.cpa.process.OfficerDeploymentProcess.TRAINING_START_DATE;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A course session ends on or after the day it starts and lasts as long as the configured pre-deployment course
 * (1 to 2 weeks at the Canadian Police College by default; a 2010 course ran 5 days), first and last day counted.
 */
@Component("enrolInTrainingCheck")
public class EnrolInTrainingCheck implements CompletionCheck {

  private final TrainingProperties properties;

  public EnrolInTrainingCheck(TrainingProperties properties) {
    this.properties = properties;
  }

  @Override
  public List<FieldViolation> check(FormValues values) {
    var start = values.value(TRAINING_START_DATE);
    var end = values.value(TRAINING_END_DATE);
    if (start.isEmpty() || end.isEmpty()) {
      return List.of();
    }
    if (end.get().isBefore(start.get())) {
      return List.of(new FieldViolation(TRAINING_END_DATE, "must not be before the first day of the session"));
    }
    long days = ChronoUnit.DAYS.between(start.get(), end.get()) + 1;
    if (days < properties.minCourseDays() || days > properties.maxCourseDays()) {
      return List.of(new FieldViolation(TRAINING_END_DATE,
          "the course would last %d days: a pre-deployment course lasts %d to %d days (first and last day counted)"
              .formatted(days, properties.minCourseDays(), properties.maxCourseDays())));
    }
    return List.of();
  }
}
