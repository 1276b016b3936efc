package ca.gc.cpa.planning;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.process.MissionProcess.ProfileLine;
import ca.gc.cpa.process.MissionProcess;
import ca.gc.cpa.process.Variable;
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
    for (ProfileLine line : MissionProcess.profiles()) {
      int count = values.value(line.count()).orElse(0);
      if (count <= 0) {
        continue;
      }
      for (Variable<String> field : line.required()) {
        if (values.value(field).isEmpty()) {
          violations.add(new FieldViolation(field, "is required when position line " + line.line() + " has officers"));
        }
      }
    }
    if (!violations.isEmpty()) {
      return violations;
    }
    List<PositionProfile> profiles = PositionProfiles.profiles(values::get);
    int ceiling = values.value(MissionProcess.CEILING).orElse(0);
    PlanRule.check(profiles, ceiling)
        .forEach(reason -> violations.add(new FieldViolation(MissionProcess.profile(1).count(), reason)));
    boolean unMission = values.value(MissionProcess.REQUESTING_BODY).filter(MissionProcess::unMission).isPresent();
    values.value(MissionProcess.MIN_YEARS_OF_SERVICE).filter(years -> unMission && years < planning.unMinYearsOfService())
        .ifPresent(years -> violations.add(new FieldViolation(MissionProcess.MIN_YEARS_OF_SERVICE,
            "a UN mission asks at least %d years of service (the UN's floor): you may raise it, not lower it"
                .formatted(planning.unMinYearsOfService()))));
    values.value(MissionProcess.FIRST_DEPLOYMENT_DATE)
        .filter(d -> d.isBefore(values.today()))
        .ifPresent(d -> violations.add(new FieldViolation(MissionProcess.FIRST_DEPLOYMENT_DATE, "must not be in the past")));
    return violations;
  }
}
