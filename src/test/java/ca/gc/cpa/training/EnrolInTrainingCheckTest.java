package ca.gc.cpa.training;

import static ca.gc.cpa.process.OfficerDeploymentProcess.TRAINING_END_DATE;
import static ca.gc.cpa.process.OfficerDeploymentProcess.TRAINING_START_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A course of 5 to 14 days (1 to 2 weeks), first and last day counted; the reason names the length. */
class EnrolInTrainingCheckTest {

  static final LocalDate START = LocalDate.of(2026, 3, 9);

  final EnrolInTrainingCheck check = new EnrolInTrainingCheck(new TrainingProperties(2, 5, 14));

  List<FieldViolation> lasting(int days) {
    return check.check(FormValues.of(Map.of(TRAINING_START_DATE.name(), START.toString(),
        TRAINING_END_DATE.name(), START.plusDays(days - 1).toString()), START));
  }

  @Test
  void aCourseOfOneToTwoWeeksIsAccepted() {
    assertThat(lasting(5)).isEmpty();
    assertThat(lasting(14)).isEmpty();
  }

  @Test
  void aShorterOrLongerCourseIsRefusedWithTheReason() {
    assertThat(lasting(4)).extracting(FieldViolation::message).containsExactly(
        "the course would last 4 days: a pre-deployment course lasts 5 to 14 days (first and last day counted)");
    assertThat(lasting(15)).extracting(FieldViolation::field).containsExactly(TRAINING_END_DATE.name());
    assertThat(lasting(0)).extracting(FieldViolation::message).containsExactly("must not be before the first day of the session");
  }
}
