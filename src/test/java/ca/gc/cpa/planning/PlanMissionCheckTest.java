package ca.gc.cpa.planning;

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
    v.put("ceiling", 5);
    v.put("profile1Count", 5);
    v.put("profile1Role", "PATROL_MONITORING");
    v.put("profile1Rank", "CST");
    v.put("profile1Language", "EN");
    v.put("firstDeploymentDate", "2027-03-01");
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
    v.put("profile1Count", 4);
    v.put("profile2Count", 1);
    assertThat(fields(v)).containsExactly("profile2Role", "profile2Rank", "profile2Language");
    v.put("profile2Role", "CONTINGENT_COMMANDER");
    v.put("profile2Rank", "SUPT");
    v.put("profile2Language", "EN");
    assertThat(fields(v)).isEmpty();
  }

  @Test
  void oneMorePositionThanTheCeilingIsRefused() {
    Map<String, Object> v = plan();
    v.put("profile1Count", 6);
    assertThat(new PlanMissionCheck(MissionProcessTest.planningProperties()).check(FormValues.of(v, TODAY))).singleElement()
        .extracting(FieldViolation::message).isEqualTo("6 positions exceed the ministerial ceiling of 5");
  }

  @Test
  void theFirstDeploymentCannotBeInThePast() {
    Map<String, Object> v = plan();
    v.put("firstDeploymentDate", TODAY.toString());
    assertThat(fields(v)).isEmpty();
    v.put("firstDeploymentDate", TODAY.minusDays(1).toString());
    assertThat(fields(v)).containsExactly("firstDeploymentDate");
  }

  @Test
  void aUnMissionCannotAskFewerYearsThanTheUnsFloorButMayAskMore() {
    Map<String, Object> v = plan();
    v.put("requestingBody", "UN");
    v.put("minYearsOfService", 4);
    assertThat(new PlanMissionCheck(MissionProcessTest.planningProperties()).check(FormValues.of(v, TODAY)))
        .extracting(FieldViolation::message).containsExactly(
            "a UN mission asks at least 5 years of service (the UN's floor): you may raise it, not lower it");
    v.put("minYearsOfService", 5);
    assertThat(fields(v)).isEmpty();
    v.put("minYearsOfService", 12);
    assertThat(fields(v)).isEmpty();
    v.put("requestingBody", "EU");
    v.put("minYearsOfService", 3);
    assertThat(fields(v)).as("the UN's floor is for UN missions").isEmpty();
  }
}
