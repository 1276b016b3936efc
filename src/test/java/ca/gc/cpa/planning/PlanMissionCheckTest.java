package ca.gc.cpa.planning;

import static ca.gc.cpa.process.MissionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanMissionCheckTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

  static Map<String, Object> plan() {
    Map<String, Object> v = new HashMap<>();
    v.put(CEILING.name(), 5);
    v.put(profile(1).count().name(), 5);
    v.put(profile(1).role().name(), "PATROL_MONITORING");
    v.put(profile(1).rank().name(), "CST");
    v.put(profile(1).language().name(), "EN");
    v.put(FIRST_DEPLOYMENT_DATE.name(), "2027-03-01");
    return v;
  }

  static java.util.List<String> fields(Map<String, Object> v) {
    return new PlanMissionCheck(MissionProcessTest.planningProperties()).check(FormValues.of(v, TODAY)).stream().map(FieldViolation::field).toList();
  }

  @Test
  void aCompletePlanWithinTheCeilingPasses() {
    assertThat(fields(plan())).isEmpty();
  }

  @Test
  void aSecondLineWithOfficersNeedsItsProfile() {
    Map<String, Object> v = plan();
    v.put(profile(1).count().name(), 4);
    v.put(profile(2).count().name(), 1);
    assertThat(fields(v)).containsExactly(profile(2).role().name(), profile(2).rank().name(), profile(2).language().name());
    v.put(profile(2).role().name(), "CONTINGENT_COMMANDER");
    v.put(profile(2).rank().name(), "SUPT");
    v.put(profile(2).language().name(), "EN");
    assertThat(fields(v)).isEmpty();
  }

  @Test
  void oneMorePositionThanTheCeilingIsRefused() {
    Map<String, Object> v = plan();
    v.put(profile(1).count().name(), 6);
    assertThat(new PlanMissionCheck(MissionProcessTest.planningProperties()).check(FormValues.of(v, TODAY))).singleElement()
        .extracting(FieldViolation::message).isEqualTo("6 positions exceed the ministerial ceiling of 5");
  }

  @Test
  void theFirstDeploymentCannotBeInThePast() {
    Map<String, Object> v = plan();
    v.put(FIRST_DEPLOYMENT_DATE.name(), TODAY.toString());
    assertThat(fields(v)).isEmpty();
    v.put(FIRST_DEPLOYMENT_DATE.name(), TODAY.minusDays(1).toString());
    assertThat(fields(v)).containsExactly(FIRST_DEPLOYMENT_DATE.name());
  }

  @Test
  void aUnMissionCannotAskFewerYearsThanTheUnsFloorButMayAskMore() {
    Map<String, Object> v = plan();
    v.put(REQUESTING_BODY.name(), "UN");
    v.put(MIN_YEARS_OF_SERVICE.name(), 4);
    assertThat(new PlanMissionCheck(MissionProcessTest.planningProperties()).check(FormValues.of(v, TODAY)))
        .extracting(FieldViolation::message).containsExactly(
            "a UN mission asks at least 5 years of service (the UN's floor): you may raise it, not lower it");
    v.put(MIN_YEARS_OF_SERVICE.name(), 5);
    assertThat(fields(v)).isEmpty();
    v.put(MIN_YEARS_OF_SERVICE.name(), 12);
    assertThat(fields(v)).isEmpty();
    v.put(REQUESTING_BODY.name(), "EU");
    v.put(MIN_YEARS_OF_SERVICE.name(), 3);
    assertThat(fields(v)).as("the UN's floor is for UN missions").isEmpty();
  }
}
