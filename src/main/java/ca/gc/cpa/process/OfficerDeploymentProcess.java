package ca.gc.cpa.process;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Process {@code officer-deployment}: one officer's tour, from the selection that chose them through training, travel,
 * the months abroad, the return and the return to duty; its business key is the tour's (DEP-yyyy-nnnn).
 */
public final class OfficerDeploymentProcess {

  public static final String KEY = "officer-deployment";

  // what a selection starts the tour with (Start)
  public static final Variable<String> MISSION_BUSINESS_KEY = Variable.text("missionBusinessKey");
  public static final Variable<String> MISSION_CODE = Variable.text("missionCode");
  public static final Variable<String> MISSION_NAME = Variable.text("missionName");
  public static final Variable<String> SELECTION_BUSINESS_KEY = Variable.text("selectionBusinessKey");
  public static final Variable<Integer> POSITION_NUMBER = Variable.integer("positionNumber");
  public static final Variable<Integer> ROTATION = Variable.integer("rotation");
  public static final Variable<String> POSITION_ROLE = Variable.text("positionRole");
  public static final Variable<Long> OFFICER_ID = Variable.longInteger("officerId");
  public static final Variable<String> OFFICER_NAME = Variable.text("officerName");
  public static final Variable<String> AGENCY_CODE = Variable.text("agencyCode");
  public static final Variable<Integer> TOUR_MONTHS = Variable.integer("tourMonths");
  public static final Variable<Boolean> ARMED = Variable.bool("armed");
  public static final Variable<Boolean> UN_MISSION = Variable.bool("unMission");
  public static final Variable<Boolean> HIGH_STRESS = Variable.bool("highStress");
  public static final Variable<LocalDate> PLANNED_DEPLOYMENT_DATE = Variable.date("plannedDeploymentDate");

  private OfficerDeploymentProcess() {}

  /** What a candidate selection starts the chosen officer's tour with (selection.StartDeployment). */
  public record Start(String missionBusinessKey, String missionCode, String missionName, String selectionBusinessKey,
      int positionNumber, int rotation, String positionRole, long officerId, String officerName, String agencyCode,
      int tourMonths, boolean armed, boolean unMission, boolean highStress, LocalDate plannedDeploymentDate) {

    public Map<String, Object> variables() {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put(MISSION_BUSINESS_KEY.name(), missionBusinessKey);
      v.put(MISSION_CODE.name(), missionCode);
      v.put(MISSION_NAME.name(), missionName);
      v.put(SELECTION_BUSINESS_KEY.name(), selectionBusinessKey);
      v.put(POSITION_NUMBER.name(), positionNumber);
      v.put(ROTATION.name(), rotation);
      v.put(POSITION_ROLE.name(), positionRole);
      v.put(OFFICER_ID.name(), officerId);
      v.put(OFFICER_NAME.name(), officerName);
      v.put(AGENCY_CODE.name(), agencyCode);
      v.put(TOUR_MONTHS.name(), tourMonths);
      v.put(ARMED.name(), armed);
      v.put(UN_MISSION.name(), unMission);
      v.put(HIGH_STRESS.name(), highStress);
      v.put(PLANNED_DEPLOYMENT_DATE.name(), PLANNED_DEPLOYMENT_DATE.stored(plannedDeploymentDate));
      return v;
    }
  }
}
