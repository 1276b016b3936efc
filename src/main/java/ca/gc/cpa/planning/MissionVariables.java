package ca.gc.cpa.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of process {@code mission}, named once, with typed accessors. */
public final class MissionVariables {

  // set by the assistance request at the start
  public static final String REQUEST_BUSINESS_KEY = "requestBusinessKey";
  public static final String MISSION_CODE = "missionCode";
  public static final String MISSION_NAME = "missionName";
  public static final String CEILING = "ceiling";
  public static final String REQUESTING_BODY = "requestingBody";
  public static final String MISSION_LANGUAGE = "missionLanguage";
  public static final String ARMED = "armed";
  public static final String TOUR_MONTHS = "tourMonths";
  public static final String REQUESTED_START = "requestedStart";
  public static final String HOST_COUNTRY = "hostCountry";
  // planning form
  public static final String FIRST_DEPLOYMENT_DATE = "firstDeploymentDate";
  public static final String ROTATION_LEAD_WEEKS = "rotationLeadWeeks";
  public static final String HIGH_STRESS = "highStress";
  public static final String MIN_YEARS_OF_SERVICE = "minYearsOfService";
  public static final int PROFILE_LINES = 4;
  // set by the process
  public static final String POSITION_COUNT = "positionCount";
  public static final String UN_MISSION = "unMission";
  public static final String BUDGET_ESTIMATE = "budgetEstimate";
  public static final String ROTATION = "rotation";
  public static final String PLANNED_DEPLOYMENT_DATE = "plannedDeploymentDate";
  public static final String NEXT_ROTATION_AT = "nextRotationAt";
  public static final String MISSION_STATUS = "missionStatus";
  // agreement form
  public static final String AGREEMENT_KIND = "agreementKind";
  public static final String AGREEMENT_REFERENCE = "agreementReference";
  public static final String AGREEMENT_DATE = "agreementDate";
  // PositionFreed message (from officer-deployment)
  public static final String FREED_POSITION_NUMBER = "freedPositionNumber";
  public static final String FREED_ROTATION = "freedRotation";
  public static final String FREED_REASON = "freedReason";
  public static final String FREED_DEPLOYMENT_KEY = "freedDeploymentKey";

  private MissionVariables() {}

  public static String profileKey(int line, String field) {
    return "profile" + line + field;
  }

  /** the plan's position lines with a count above zero, read through any value source */
  public static List<PositionProfile> profiles(Function<String, Object> values) {
    List<PositionProfile> profiles = new ArrayList<>();
    for (int line = 1; line <= PROFILE_LINES; line++) {
      Object count = values.apply(profileKey(line, "Count"));
      if (!(count instanceof Number n) || n.intValue() <= 0) {
        continue;
      }
      Object role = values.apply(profileKey(line, "Role"));
      Object rank = values.apply(profileKey(line, "Rank"));
      Object language = values.apply(profileKey(line, "Language"));
      Object armed = values.apply(profileKey(line, "Armed"));
      if (role == null || rank == null || language == null) {
        continue;
      }
      profiles.add(new PositionProfile(PositionRole.valueOf(role.toString()), Rank.valueOf(rank.toString()),
          language.toString(), Boolean.TRUE.equals(armed), n.intValue()));
    }
    return profiles;
  }

  public static String string(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v == null ? null : v.toString();
  }

  public static Integer integer(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v instanceof Number n ? n.intValue() : null;
  }

  public static int integer(VariableScope scope, String name, int fallback) {
    Integer v = integer(scope, name);
    return v == null ? fallback : v;
  }

  public static boolean bool(VariableScope scope, String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  public static LocalDate date(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    if (v == null || v.toString().isBlank()) {
      return null;
    }
    String s = v.toString();
    return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
  }
}
