package ca.gc.cpa.support;

import ca.gc.cpa.process.MissionProcess.ProfileLine;
import ca.gc.cpa.process.MissionProcess;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the mission's task forms submit, named by its contract ({@link MissionProcess}): for tests that run a mission. */
public final class MissionForms {

  private MissionForms() {}

  /** Plan the mission with one position line (a map the caller may change) */
  public static Map<String, Object> plan(int count, String role, String rank, String language, boolean armed,
      int tourMonths, LocalDate firstDeployment, boolean highStress) {
    ProfileLine line = MissionProcess.profile(1);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(line.count().name(), count);
    v.put(line.role().name(), role);
    v.put(line.rank().name(), rank);
    v.put(line.language().name(), language);
    v.put(line.armed().name(), armed);
    v.put(MissionProcess.TOUR_MONTHS.name(), tourMonths);
    v.put(MissionProcess.FIRST_DEPLOYMENT_DATE.name(), firstDeployment.toString());
    v.put(MissionProcess.HIGH_STRESS.name(), highStress);
    return v;
  }

  /** Record the agreement */
  public static Map<String, Object> agreement(String kind, String reference, LocalDate signedOn) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(MissionProcess.AGREEMENT_KIND.name(), kind);
    v.put(MissionProcess.AGREEMENT_REFERENCE.name(), reference);
    v.put(MissionProcess.AGREEMENT_DATE.name(), signedOn.toString());
    return v;
  }

  /** Evaluate the mission: propose a new ceiling to ministers */
  public static Map<String, Object> proposeCeiling(int newCeiling, String notes) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(MissionProcess.DECISION.name(), MissionProcess.CHANGE_CEILING);
    v.put(MissionProcess.NEW_CEILING.name(), newCeiling);
    v.put(MissionProcess.EVALUATION_NOTES.name(), notes);
    return v;
  }

  /** Record the ministers' ceiling decision: approved */
  public static Map<String, Object> ceilingApproved(int ceiling, LocalDate decidedOn, String reference) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(MissionProcess.CEILING_DECISION.name(), MissionProcess.APPROVE);
    v.put(MissionProcess.APPROVED_CEILING.name(), ceiling);
    v.put(MissionProcess.CEILING_DECISION_DATE.name(), decidedOn.toString());
    v.put(MissionProcess.CEILING_DECISION_REFERENCE.name(), reference);
    return v;
  }
}
