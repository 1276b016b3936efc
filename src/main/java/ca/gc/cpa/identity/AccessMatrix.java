package ca.gc.cpa.identity;

import static ca.gc.cpa.identity.ProcessAction.READ_HISTORY;
import static ca.gc.cpa.identity.ProcessAction.SEE_INSTANCES;
import static ca.gc.cpa.identity.ProcessAction.START;
import static ca.gc.cpa.identity.ProcessAction.WORK_TASKS;

import ca.gc.cpa.process.AgencyOnboardingProcess;
import ca.gc.cpa.process.AssistanceRequestProcess;
import ca.gc.cpa.process.CandidateSelectionProcess;
import ca.gc.cpa.process.EarlyReturnProcess;
import ca.gc.cpa.process.ExtensionRequestProcess;
import ca.gc.cpa.process.IncidentProcess;
import ca.gc.cpa.process.LeaveRequestProcess;
import ca.gc.cpa.process.MissionProcess;
import ca.gc.cpa.process.MissionReportProcess;
import ca.gc.cpa.process.OfficerDeploymentProcess;
import ca.gc.cpa.process.PerformanceAppraisalProcess;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Group × process × action: who may do what with which process. This is the single source of the
 * process rights that {@link IdentitySetup} turns into Camunda authorizations, and of the README's
 * table. Partner police services share one row ({@link #AGENCY_ROW}): each service's group gets these
 * rights on the definitions, and sees only the instances and tasks of its own officers.
 */
public final class AccessMatrix {

  public static final String ASSISTANCE_REQUEST = AssistanceRequestProcess.KEY;
  public static final String MISSION = MissionProcess.KEY;
  public static final String CANDIDATE_SELECTION = CandidateSelectionProcess.KEY;
  public static final String OFFICER_DEPLOYMENT = OfficerDeploymentProcess.KEY;
  public static final String AGENCY_ONBOARDING = AgencyOnboardingProcess.KEY;
  // the events people bring while officers serve abroad (inmission.InMissionEvent)
  public static final String MISSION_REPORT = MissionReportProcess.KEY;
  public static final String INCIDENT = IncidentProcess.KEY;
  public static final String LEAVE_REQUEST = LeaveRequestProcess.KEY;
  public static final String EARLY_RETURN = EarlyReturnProcess.KEY;
  public static final String PERFORMANCE_APPRAISAL = PerformanceAppraisalProcess.KEY;
  public static final String EXTENSION_REQUEST = ExtensionRequestProcess.KEY;

  public static final List<String> PIPELINE =
      List.of(ASSISTANCE_REQUEST, MISSION, CANDIDATE_SELECTION, OFFICER_DEPLOYMENT, AGENCY_ONBOARDING);
  public static final List<String> IN_MISSION_EVENTS = List.of(MISSION_REPORT, INCIDENT, LEAVE_REQUEST, EARLY_RETURN,
      PERFORMANCE_APPRAISAL, EXTENSION_REQUEST);
  public static final List<String> PROCESSES = java.util.stream.Stream.concat(PIPELINE.stream(), IN_MISSION_EVENTS.stream()).toList();

  /** the row shared by every {@code agency-<code>} group */
  public static final String AGENCY_ROW = CpaGroup.AGENCY_PREFIX + "<code>";

  private static final Map<String, Map<String, Set<ProcessAction>>> ROWS = new LinkedHashMap<>();

  static {
    Set<ProcessAction> watch = EnumSet.of(SEE_INSTANCES, READ_HISTORY);
    for (String process : PROCESSES) {
      grant(CpaGroup.MANAGERS.id(), process, watch);
    }
    grant(CpaGroup.GAC_DESK.id(), ASSISTANCE_REQUEST, EnumSet.of(START, SEE_INSTANCES, WORK_TASKS, READ_HISTORY));
    grant(CpaGroup.GAC_DESK.id(), MISSION, EnumSet.of(SEE_INSTANCES, WORK_TASKS));
    grant(CpaGroup.GAC_DESK.id(), CANDIDATE_SELECTION, EnumSet.of(WORK_TASKS));
    grant(CpaGroup.GAC_DESK.id(), AGENCY_ONBOARDING, EnumSet.of(SEE_INSTANCES, WORK_TASKS));

    grant(CpaGroup.GAC_DEVELOPMENT.id(), ASSISTANCE_REQUEST, EnumSet.of(WORK_TASKS));
    grant(CpaGroup.PS_POLICY.id(), ASSISTANCE_REQUEST, EnumSet.of(WORK_TASKS));

    grant(CpaGroup.RCMP_IPOB.id(), ASSISTANCE_REQUEST, EnumSet.of(SEE_INSTANCES, WORK_TASKS, READ_HISTORY));
    grant(CpaGroup.RCMP_IPOB.id(), MISSION, EnumSet.of(SEE_INSTANCES, WORK_TASKS, READ_HISTORY));
    grant(CpaGroup.RCMP_IPOB.id(), CANDIDATE_SELECTION, EnumSet.of(SEE_INSTANCES, READ_HISTORY));
    grant(CpaGroup.RCMP_IPOB.id(), OFFICER_DEPLOYMENT, EnumSet.of(SEE_INSTANCES, WORK_TASKS, READ_HISTORY));
    grant(CpaGroup.RCMP_IPOB.id(), AGENCY_ONBOARDING, EnumSet.of(START, SEE_INSTANCES, WORK_TASKS, READ_HISTORY));

    grant(CpaGroup.RCMP_SELECTION.id(), CANDIDATE_SELECTION, EnumSet.of(SEE_INSTANCES, WORK_TASKS, READ_HISTORY));
    grant(CpaGroup.RCMP_HEALTH.id(), CANDIDATE_SELECTION, EnumSet.of(WORK_TASKS));
    grant(CpaGroup.RCMP_HEALTH.id(), OFFICER_DEPLOYMENT, EnumSet.of(WORK_TASKS));
    grant(CpaGroup.RCMP_SECURITY.id(), CANDIDATE_SELECTION, EnumSet.of(WORK_TASKS));
    grant(CpaGroup.RCMP_TRAINING.id(), OFFICER_DEPLOYMENT, EnumSet.of(WORK_TASKS));
    grant(CpaGroup.RCMP_LOGISTICS.id(), OFFICER_DEPLOYMENT, EnumSet.of(WORK_TASKS));

    grant(AGENCY_ROW, CANDIDATE_SELECTION, EnumSet.of(WORK_TASKS));
    grant(AGENCY_ROW, OFFICER_DEPLOYMENT, EnumSet.of(WORK_TASKS));

    // in the mission: who sends each event (the endpoints and forms check the officers each may act for). The
    // contingent commander works the tasks assigned to him as his mission's commander, none offered to his group;
    // RCMP IPOB acts for a mission with no commander named (inmission.StandInForCommander).
    Set<ProcessAction> send = EnumSet.of(START);
    grant(CpaGroup.RCMP_CONTINGENT.id(), MISSION, EnumSet.of(WORK_TASKS));
    grant(CpaGroup.RCMP_CONTINGENT.id(), MISSION_REPORT, send);
    grant(CpaGroup.RCMP_CONTINGENT.id(), INCIDENT, send);
    grant(CpaGroup.RCMP_CONTINGENT.id(), LEAVE_REQUEST, EnumSet.of(START, WORK_TASKS));
    grant(CpaGroup.RCMP_CONTINGENT.id(), EARLY_RETURN, send);
    grant(CpaGroup.RCMP_CONTINGENT.id(), PERFORMANCE_APPRAISAL, send);
    grant(CpaGroup.RCMP_CONTINGENT.id(), EXTENSION_REQUEST, send);
    grant(CpaGroup.RCMP_IPOB.id(), MISSION_REPORT, EnumSet.of(START, SEE_INSTANCES, READ_HISTORY));
    grant(CpaGroup.RCMP_IPOB.id(), INCIDENT, EnumSet.of(START, SEE_INSTANCES, WORK_TASKS, READ_HISTORY));
    grant(CpaGroup.RCMP_IPOB.id(), LEAVE_REQUEST, EnumSet.of(SEE_INSTANCES, WORK_TASKS, READ_HISTORY));
    grant(CpaGroup.RCMP_IPOB.id(), EARLY_RETURN, EnumSet.of(START, SEE_INSTANCES, READ_HISTORY));
    grant(CpaGroup.RCMP_IPOB.id(), PERFORMANCE_APPRAISAL, EnumSet.of(SEE_INSTANCES, READ_HISTORY));
    grant(CpaGroup.RCMP_IPOB.id(), EXTENSION_REQUEST, EnumSet.of(SEE_INSTANCES, READ_HISTORY));
    grant(CpaGroup.RCMP_HEALTH.id(), INCIDENT, EnumSet.of(WORK_TASKS));
    grant(AGENCY_ROW, INCIDENT, send);
    grant(AGENCY_ROW, LEAVE_REQUEST, send);
    grant(AGENCY_ROW, EARLY_RETURN, EnumSet.of(START, WORK_TASKS));
    grant(AGENCY_ROW, EXTENSION_REQUEST, send);
  }

  private AccessMatrix() {}

  private static void grant(String row, String process, Set<ProcessAction> actions) {
    ROWS.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(process, EnumSet.copyOf(actions));
  }

  /** The rights of one group (an agency group reads the shared agency row), by process key. */
  public static Map<String, Set<ProcessAction>> rightsOf(String groupId) {
    String row = groupId.startsWith(CpaGroup.AGENCY_PREFIX) ? AGENCY_ROW : groupId;
    return ROWS.getOrDefault(row, Map.of());
  }

  public static boolean allows(String groupId, String process, ProcessAction action) {
    return rightsOf(groupId).getOrDefault(process, Set.of()).contains(action);
  }

  /** Every row, for documentation and tests. */
  public static Map<String, Map<String, Set<ProcessAction>>> rows() {
    return ROWS;
  }
}
