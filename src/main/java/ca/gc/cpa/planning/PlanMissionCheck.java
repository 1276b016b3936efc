package ca.gc.cpa.planning;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The plan's domain rules on the planning form: complete position lines, within the ceiling, a future start, and for
 * a UN mission no fewer years of service than the UN's floor (a plan may raise it, never lower it).
 */
@Component("planMissionCheck")
public class PlanMissionCheck implements CompletionCheck {

  private final PlanningProperties planning;

  public PlanMissionCheck(PlanningProperties planning) {
    this.planning = planning;
  }

  @Override
  public List<FieldViolation> check(FormValues values) {
    List<FieldViolation> violations = new ArrayList<>();
    for (int line = 1; line <= MissionVariables.PROFILE_LINES; line++) {
      int count = values.integer(MissionVariables.profileKey(line, "Count")).orElse(0);
      if (count <= 0) {
        continue;
      }
      for (String field : List.of("Role", "Rank", "Language")) {
        String key = MissionVariables.profileKey(line, field);
        if (values.string(key).isEmpty()) {
          violations.add(new FieldViolation(key, "is required when position line " + line + " has officers"));
        }
      }
    }
    if (!violations.isEmpty()) {
      return violations;
    }
    List<PositionProfile> profiles = MissionVariables.profiles(values::get);
    int ceiling = values.integer(MissionVariables.CEILING).orElse(0);
    PlanRule.check(profiles, ceiling)
        .forEach(reason -> violations.add(new FieldViolation(MissionVariables.profileKey(1, "Count"), reason)));
    boolean unMission = values.string(MissionVariables.REQUESTING_BODY).filter("UN"::equals).isPresent();
    values.integer(MissionVariables.MIN_YEARS_OF_SERVICE).filter(years -> unMission && years < planning.unMinYearsOfService())
        .ifPresent(years -> violations.add(new FieldViolation(MissionVariables.MIN_YEARS_OF_SERVICE,
            "a UN mission asks at least %d years of service (the UN's floor): you may raise it, not lower it"
                .formatted(planning.unMinYearsOfService()))));
    values.date(MissionVariables.FIRST_DEPLOYMENT_DATE)
        .filter(d -> d.isBefore(values.today()))
        .ifPresent(d -> violations.add(new FieldViolation(MissionVariables.FIRST_DEPLOYMENT_DATE, "must not be in the past")));
    return violations;
  }
}
