package ca.gc.cpa.replay;

import ca.gc.cpa.process.AssistanceRequestProcess;
import ca.gc.cpa.process.CandidateSelectionProcess;
import ca.gc.cpa.process.EarlyReturnProcess;
import ca.gc.cpa.process.IncidentProcess;
import ca.gc.cpa.process.LeaveRequestProcess;
import ca.gc.cpa.process.MissionProcess;
import ca.gc.cpa.process.MissionReportProcess;
import ca.gc.cpa.process.OfficerDeploymentProcess;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who completes each user task of the pipeline and with which values: the one place the REST pipeline test
 * and the replay share. A task's user is the demo user of its candidate group; its values are ones its form
 * and completion check accept, chosen by a {@link Scenario}.
 */
public final class Playbook {

  /** the demo user who works each group's tasks */
  public static final Map<String, String> USER_BY_GROUP = Map.ofEntries(
      Map.entry("gac-desk", "gina"), Map.entry("gac-development", "devon"), Map.entry("ps-policy", "paula"),
      Map.entry("rcmp-ipob", "ian"), Map.entry("rcmp-selection", "sam"), Map.entry("rcmp-health", "hana"),
      Map.entry("rcmp-security", "sean"), Map.entry("rcmp-training", "theo"), Map.entry("rcmp-logistics", "liam"),
      Map.entry("rcmp-contingent", "carl"),
      Map.entry("agency-rcmp", "rita"), Map.entry("agency-spvm", "marc"), Map.entry("agency-durham", "dana"),
      Map.entry("agency-opp", "owen"));

  /** tasks whose form has no required input: an empty completion is a valid answer there */
  public static final List<String> EMPTY_COMPLETION_ALLOWED = List.of("Task_InformIneligible",
      "Task_ConfirmExtensionRelease", "Task_AwardRecognition");

  /** the process variables {@link #values} reads: a client fetches only these */
  public static final List<String> READS = List.of(CandidateSelectionProcess.AGENCY_CODE.name(),
      MissionProcess.ARMED.name(), MissionProcess.CEILING.name(), MissionProcess.HEADROOM.name(), AssistanceRequestProcess.HEADROOM.name(),
      MissionReportProcess.MISSION_BUSINESS_KEY.name(), MissionProcess.MISSION_LANGUAGE.name(), MissionProcess.MISSION_NAME.name(),
      MissionProcess.NEW_CEILING.name(), AssistanceRequestProcess.OFFICERS_REQUESTED.name(), OfficerDeploymentProcess.PLANNED_DEPLOYMENT_DATE.name(),
      CandidateSelectionProcess.REGISTER_OFFICERS.name(), MissionReportProcess.REPORT_PERIOD.name(),
      MissionProcess.TOUR_MONTHS.name(),
      OfficerDeploymentProcess.TRAINING_ATTEMPTS.name(), CandidateSelectionProcess.WOMEN_SHARE_BELOW_TARGET.name());

  /**
   * not a variable: whether the tour's mission is a UN one, which the user awarding the medals knows from the tour's
   * record (the driver adds it for Task_AwardRecognition)
   */
  public static final String TOUR_UN_MISSION = "tour.un_mission";

  private Playbook() {}

  public static Optional<String> userFor(String group) {
    return Optional.ofNullable(USER_BY_GROUP.get(group));
  }

  /**
   * The values the task's user submits.
   *
   * @param taskKey the task definition key
   * @param businessKey the business key of the task's process instance
   * @param vars the variables the task sees (its form's read-only context)
   * @param today the engine clock's date
   */
  public static Map<String, Object> values(String taskKey, String businessKey, Map<String, Object> vars, LocalDate today,
      Scenario s) {
    Map<String, Object> v = new LinkedHashMap<>();
    String t = today.toString();
    switch (taskKey) {
      case "Task_ScreenCriteria" -> {
        for (String c : List.of("Mandate", "Purpose", "Role", "Interest", "OfficialRequest")) {
          boolean official = c.equals("OfficialRequest");
          v.put("criterion" + c, "YES");
          v.put("criterion" + c + "Comment", official ? "Official request on file or expected" : c + " reviewed: met");
        }
      }
      case "Task_RecordOfficialRequest" -> {
        v.put(AssistanceRequestProcess.OFFICIAL_REQUEST_REFERENCE.name(), "OR-" + businessKey);
        v.put(AssistanceRequestProcess.OFFICIAL_REQUEST_DATE.name(), t);
      }
      case "Task_ChaseOfficialRequest" -> {
        v.put(AssistanceRequestProcess.CHASED_ON.name(), t);
        v.put(AssistanceRequestProcess.CHASE_NOTES.name(), "Reminded the requester by note verbale");
      }
      case "Task_DecideAssessmentVisit" -> {
        boolean visit = s.assessmentVisit(businessKey);
        v.put(AssistanceRequestProcess.ASSESSMENT_VISIT_NEEDED.name(), visit ? "YES" : "NO");
        v.put(AssistanceRequestProcess.ASSESSMENT_VISIT_REASON.name(), visit ? "New theatre: see the host police first" : "Known theatre and partners");
      }
      case "Task_RecordVisitFindings" -> {
        v.put(AssistanceRequestProcess.VISIT_START.name(), today.minusDays(4).toString());
        v.put(AssistanceRequestProcess.VISIT_END.name(), today.minusDays(2).toString());
        v.put(AssistanceRequestProcess.VISIT_TEAM_SIZE.name(), 5);
        v.put(AssistanceRequestProcess.VISIT_ASSESSMENT.name(), "FAVOURABLE");
        v.put(AssistanceRequestProcess.VISIT_FINDINGS.name(), "Host police receptive; accommodation and medical support adequate");
      }
      case "Task_ReviewAsPartner" -> {
        v.put(AssistanceRequestProcess.PARTNER_POSITION.name(), "SUPPORT");
        v.put(AssistanceRequestProcess.PARTNER_RATIONALE.name(), "Serves a lasting settlement; role suits Canadian policing");
      }
      case "Task_ChaseOverdueReview" -> {
        v.put(AssistanceRequestProcess.REVIEW_CHASED_ON.name(), t);
        v.put(AssistanceRequestProcess.REVIEW_CHASE_NOTES.name(), "Asked the partner for its position");
      }
      case "Task_RecordMinisterialDecision" -> {
        int requested = integer(vars, AssistanceRequestProcess.OFFICERS_REQUESTED.name(), 1);
        int headroom = s.headroom().orElse(integer(vars, AssistanceRequestProcess.HEADROOM.name(), requested));
        boolean approve = headroom >= 1 && !s.declineRequest(businessKey);
        v.put(AssistanceRequestProcess.MINISTERIAL_DECISION.name(), approve ? "APPROVE" : "DECLINE");
        if (approve) {
          v.put(AssistanceRequestProcess.MISSION_CEILING.name(), Math.max(1, Math.min(requested, Math.min(headroom, s.ceiling(businessKey, requested)))));
        }
        v.put(AssistanceRequestProcess.DECISION_DATE.name(), t);
        v.put(AssistanceRequestProcess.DECISION_REFERENCE.name(), "MIN-" + businessKey);
        v.put(AssistanceRequestProcess.DECISION_RATIONALE.name(), approve ? "Ministers approve the deployment" : "Ministers decline: priorities elsewhere");
      }
      case "Task_SendReply" -> {
        v.put(AssistanceRequestProcess.REPLY_REFERENCE.name(), "NV-" + businessKey);
        v.put(AssistanceRequestProcess.REPLY_SENT_ON.name(), t);
        v.put(AssistanceRequestProcess.REPLY_SUMMARY.name(), "Canada's answer sent to the requester");
      }
      case "Task_PlanMission" -> {
        int ceiling = integer(vars, MissionProcess.CEILING.name(), 1);
        MissionProcess.ProfileLine line = MissionProcess.profile(1);
        v.put(line.count().name(), Math.max(1, Math.min(ceiling, s.positions(businessKey, ceiling))));
        v.put(line.role().name(), s.role(businessKey));
        v.put(line.rank().name(), "SGT");
        v.put(line.language().name(), str(vars, MissionProcess.MISSION_LANGUAGE.name(), "EN"));
        v.put(line.armed().name(), bool(vars, MissionProcess.ARMED.name()));
        v.put(MissionProcess.TOUR_MONTHS.name(), integer(vars, MissionProcess.TOUR_MONTHS.name(), 12));
        v.put(MissionProcess.FIRST_DEPLOYMENT_DATE.name(), today.plusDays(120).toString());
        v.put(MissionProcess.HIGH_STRESS.name(), s.highStress(businessKey));
      }
      case "Task_RecordAgreement" -> {
        v.put(MissionProcess.AGREEMENT_KIND.name(), "MOU");
        v.put(MissionProcess.AGREEMENT_REFERENCE.name(), "MOU-" + businessKey);
        v.put(MissionProcess.AGREEMENT_DATE.name(), t);
      }
      case "Task_EvaluateMission" -> {
        v.put(MissionProcess.DECISION.name(), s.evaluation(str(vars, MissionProcess.MISSION_NAME.name(), businessKey), today));
        v.put(MissionProcess.EVALUATION_NOTES.name(), "Periodic evaluation by IPOB");
      }
      case "Task_RecordCeilingDecision" -> {
        // ministers approve what IPOB proposes when it fits the program's headroom, and decline otherwise
        int proposed = integer(vars, MissionProcess.NEW_CEILING.name(), 1);
        boolean fits = proposed <= integer(vars, MissionProcess.HEADROOM.name(), 0);
        v.put(MissionProcess.CEILING_DECISION.name(), fits ? MissionProcess.APPROVE : MissionProcess.DECLINE);
        if (fits) {
          v.put(MissionProcess.APPROVED_CEILING.name(), proposed);
        }
        v.put(MissionProcess.CEILING_DECISION_DATE.name(), t);
        v.put(MissionProcess.CEILING_DECISION_REFERENCE.name(), "MIN-" + businessKey);
      }
      case "Task_NominateOfficer" -> {
        String agency = str(vars, CandidateSelectionProcess.AGENCY_CODE.name(), "rcmp");
        Scenario.Nominee n = s.nominee(businessKey, agency, today);
        String again = n == null ? null
            : s.reuse(registerIds(vars.get(CandidateSelectionProcess.REGISTER_OFFICERS.name())), today);
        v.put(CandidateSelectionProcess.NOMINATING.name(), n == null ? CandidateSelectionProcess.NOMINATE_NOBODY
            : again != null ? CandidateSelectionProcess.NOMINATE_FROM_REGISTER : CandidateSelectionProcess.REGISTER_AND_NOMINATE);
        if (n != null) {
          // the nomination's own answers first: a date picker left open below would take a later click
          v.put(CandidateSelectionProcess.NOMINEE_DISCIPLINE_CLEAR.name(), true);
          v.put(CandidateSelectionProcess.NOMINEE_OPEN_INVESTIGATION.name(), false);
        }
        if (again != null) {
          v.put(CandidateSelectionProcess.NOMINEE_OFFICER_ID.name(), again);
        } else if (n != null) {
          v.put(CandidateSelectionProcess.NOMINEE_SERVICE_NUMBER.name(), n.serviceNumber());
          v.put(CandidateSelectionProcess.NOMINEE_GIVEN_NAME.name(), n.givenName());
          v.put(CandidateSelectionProcess.NOMINEE_FAMILY_NAME.name(), n.familyName());
          v.put(CandidateSelectionProcess.NOMINEE_RANK.name(), n.rank());
          v.put(CandidateSelectionProcess.NOMINEE_GENDER.name(), n.gender());
          v.put(CandidateSelectionProcess.NOMINEE_DATE_OF_BIRTH.name(), n.dateOfBirth().toString());
          v.put(CandidateSelectionProcess.NOMINEE_SERVICE_START.name(), n.serviceStart().toString());
          v.put(CandidateSelectionProcess.NOMINEE_LANGUAGES.name(), n.languages());
          v.put(CandidateSelectionProcess.NOMINEE_LICENCE_DATE.name(), n.licenceDate().toString());
          v.put(CandidateSelectionProcess.NOMINEE_MANUAL_SINCE.name(), n.manualSince().toString());
          v.put(CandidateSelectionProcess.NOMINEE_PASSPORT_EXPIRY.name(), today.plusYears(6).toString());
        }
      }
      case "Task_ConfirmRelease" -> {
        v.put(CandidateSelectionProcess.COMMANDER_RECOMMENDATION.name(), CandidateSelectionProcess.RECOMMENDED);
        v.put(CandidateSelectionProcess.CHIEF_CONSENT.name(), CandidateSelectionProcess.YES);
      }
      case "Task_InformIneligible" -> { }
      case "Task_RecordMedicalClearance" ->
          v.put(CandidateSelectionProcess.MEDICAL_VERDICT.name(), s.unfit(businessKey) ? "UNFIT" : CandidateSelectionProcess.FIT);
      case "Task_RecordSecurityClearance" -> v.put(CandidateSelectionProcess.SECURITY_VERDICT.name(), CandidateSelectionProcess.SECURITY_CLEARED);
      case "Task_InterviewCandidate" -> {
        v.put(CandidateSelectionProcess.INTERVIEW_SCORE.name(), 70 + s.nextInt(30));
        v.put(CandidateSelectionProcess.INTERVIEW_RECOMMENDATION.name(), "RECOMMENDED");
      }
      case "Task_RecordUnAssessment" -> {
        v.put(CandidateSelectionProcess.UN_ASSESSMENT_DATE.name(), t);
        v.put(CandidateSelectionProcess.UN_LANGUAGE_SCORE.name(), s.unLanguageMark());
        v.put(CandidateSelectionProcess.UN_DRIVING_PASSED.name(), true);
        v.put(CandidateSelectionProcess.UN_FIREARMS_PASSED.name(), true);
      }
      case "Task_ConfirmSelection" -> {
        v.put(CandidateSelectionProcess.SELECTION_DECISION.name(), CandidateSelectionProcess.CONFIRM);
        if (Boolean.TRUE.equals(vars.get(CandidateSelectionProcess.WOMEN_SHARE_BELOW_TARGET.name()))) {
          v.put(CandidateSelectionProcess.WOMEN_SHARE_REASON.name(),
              "No woman was nominated in this rotation; services asked to nominate women next time");
        }
      }
      case "Task_RecordOfferAnswer" -> v.put(CandidateSelectionProcess.OFFER_ANSWER.name(), CandidateSelectionProcess.ACCEPTED);
      case "Task_RecordLeadAnswer" -> {
        v.put(CandidateSelectionProcess.LEAD_ANSWER.name(), CandidateSelectionProcess.ACCEPTED);
        v.put(CandidateSelectionProcess.LEAD_ANSWER_NOTE.name(), "Lead organization's letter");
      }
      case "Task_EnrolInTraining" -> {
        v.put(OfficerDeploymentProcess.TRAINING_START_DATE.name(), today.plusDays(3).toString());
        v.put(OfficerDeploymentProcess.TRAINING_END_DATE.name(), today.plusDays(9).toString());
        v.put(OfficerDeploymentProcess.TRAINING_SESSION.name(), "Canadian Police College, Ottawa");
      }
      case "Task_RecordTrainingResult" -> {
        boolean fail = s.trainingFailure(businessKey, integer(vars, OfficerDeploymentProcess.TRAINING_ATTEMPTS.name(), 0));
        for (var m : List.of(OfficerDeploymentProcess.MODULE_CULTURE, OfficerDeploymentProcess.MODULE_GEOPOLITICS,
            OfficerDeploymentProcess.MODULE_HOST_POLICE_SYSTEM, OfficerDeploymentProcess.MODULE_LIVING_CONDITIONS,
            OfficerDeploymentProcess.MODULE_MEDICAL, OfficerDeploymentProcess.MODULE_PSYCHOLOGICAL_EFFECTS,
            OfficerDeploymentProcess.MODULE_CHILD_PROTECTION)) {
          v.put(m.name(), "PASS");
        }
        if (fail) {
          v.put(OfficerDeploymentProcess.MODULE_HOST_POLICE_SYSTEM.name(), "FAIL");
        }
        if (bool(vars, OfficerDeploymentProcess.ARMED.name())) {
          v.put(OfficerDeploymentProcess.MODULE_WEAPONS.name(), "PASS");
        }
      }
      case "Task_DecideRetraining" -> v.put(OfficerDeploymentProcess.TRAINING_DECISION.name(),
          integer(vars, OfficerDeploymentProcess.TRAINING_ATTEMPTS.name(), 0) < 2
              ? OfficerDeploymentProcess.RETRAIN : OfficerDeploymentProcess.REPLACE);
      case "Task_ObtainVisa" -> v.put(OfficerDeploymentProcess.VISA_ISSUED_ON.name(), t);
      case "Task_ChaseVisa" -> v.put(OfficerDeploymentProcess.VISA_CHASE_NOTE.name(), "Asked the embassy again");
      case "Task_EscalateDepartureRisk" -> v.put(OfficerDeploymentProcess.DEPARTURE_RISK_DECISION.name(),
          OfficerDeploymentProcess.KEEP_DATE);
      case "Task_ArrangeTravel" -> v.put(OfficerDeploymentProcess.TRAVEL_DEPARTURE_DATE.name(), t);
      case "Task_RebookTravel" -> v.put(OfficerDeploymentProcess.TRAVEL_DEPARTURE_DATE.name(),
          String.valueOf(vars.get(OfficerDeploymentProcess.PLANNED_DEPLOYMENT_DATE.name())));
      case "Task_IssueUniformsAndEquipment" -> v.put(OfficerDeploymentProcess.ITEMS_ISSUED.name(),
          bool(vars, OfficerDeploymentProcess.ARMED.name()) ? List.of("UNIFORMS", "FIELD_KIT", "SIDEARM") : List.of("UNIFORMS", "FIELD_KIT"));
      case "Task_ConfirmVaccinations" -> {
        v.put(OfficerDeploymentProcess.VACCINATIONS_VERDICT.name(), "COMPLETED");
        v.put(OfficerDeploymentProcess.MEDICAL_KIT_ISSUED.name(), true);
      }
      case "Task_ConfirmDeparture" -> v.put(OfficerDeploymentProcess.DEPARTED_ON.name(), t);
      case "Task_ConfirmArrival" -> v.put(OfficerDeploymentProcess.ARRIVED_ON.name(), t);
      case "Task_ConfirmExtensionRelease" -> v.put(OfficerDeploymentProcess.HOME_SERVICE_RELEASES.name(), true);
      case "Task_HoldWelfareCheckIn" -> {
        v.put(OfficerDeploymentProcess.CHECK_IN_VERDICT.name(), OfficerDeploymentProcess.CHECK_IN_COMPLETED);
        v.put(OfficerDeploymentProcess.FAMILY_CONTACTED.name(), true);
      }
      case "Task_ArrangeWelfareSupport" -> v.put(OfficerDeploymentProcess.SUPPORT_ARRANGED.name(), List.of("PEER_SUPPORT"));
      case "Task_EscalateMissedCheckIn" ->
          v.put(OfficerDeploymentProcess.MISSED_CHECK_IN_ACTION.name(), "CONTACT_RESTORED");
      case "Task_FollowUpIncident" -> v.put(IncidentProcess.INCIDENT_SUPPORT_OUTCOME.name(), IncidentProcess.COMPLETED);
      case "Task_DecideEmergencyRepatriation" -> {
        v.put(IncidentProcess.HEALTH_ADVICE.name(), IncidentProcess.REPATRIATE);
        v.put(IncidentProcess.REPATRIATION_DECISION.name(), IncidentProcess.REPATRIATE);
      }
      case "Task_ApproveLeave" -> v.put(LeaveRequestProcess.LEAVE_ANSWER.name(), LeaveRequestProcess.APPROVE);
      case "Task_SendMissingReport" -> {
        v.putAll(new MissionReportProcess.Start(MissionReportProcess.MISSION_BUSINESS_KEY.in(vars).orElse(null),
            MissionReportProcess.MONTHLY, MissionReportProcess.REPORT_PERIOD.in(vars).orElse(null),
            "Sent on the reminder: patrols and mentoring as planned").variables());
      }
      case "Task_PrepareForEarlyReturn" ->
          v.put(EarlyReturnProcess.HOME_CONTACT.name(), "Peace-operations coordinator of the service");
      case "Task_ArrangeTravelHome" -> v.put(OfficerDeploymentProcess.RETURN_TRAVEL_DATE.name(), t);
      case "Task_ArrangeDecompression" ->
          v.put(OfficerDeploymentProcess.DECOMPRESSION_LOCATION.name(), "Third location (Cyprus)");
      case "Task_HoldOperationalDebrief" -> v.put(OfficerDeploymentProcess.DEBRIEF_HELD_ON.name(), t);
      case "Task_CheckPostMissionHealth" -> v.put(OfficerDeploymentProcess.POST_MISSION_VERDICT.name(), "FIT");
      case "Task_ConfirmReturnToDuty" -> v.put(OfficerDeploymentProcess.RETURNED_TO_DUTY_ON.name(), t);
      case "Task_AwardRecognition" -> v.put(OfficerDeploymentProcess.MEDALS_AWARDED.name(),
          Boolean.TRUE.equals(vars.get(TOUR_UN_MISSION))
          ? List.of(OfficerDeploymentProcess.UN_MEDAL, "OPERATIONAL_SERVICE_MEDAL") : List.of("OPERATIONAL_SERVICE_MEDAL"));
      default -> throw new IllegalArgumentException("No playbook entry for " + taskKey);
    }
    return v;
  }

  static boolean bool(Map<String, Object> vars, String key) {
    return Boolean.TRUE.equals(read(vars, key));
  }

  static int integer(Map<String, Object> vars, String key, int otherwise) {
    return read(vars, key) instanceof Number n ? n.intValue() : otherwise;
  }

  static String str(Map<String, Object> vars, String key, String otherwise) {
    return read(vars, key) instanceof String x && !x.isBlank() ? x : otherwise;
  }

  private static Object read(Map<String, Object> vars, String key) {
    if (!READS.contains(key)) {
      throw new IllegalArgumentException(key + " is read by the playbook but missing from Playbook.READS");
    }
    return vars.get(key);
  }

  /** the register ids a nomination form offers (its select's values), from the variable as Json or its text */
  static List<String> registerIds(Object options) {
    if (options == null) {
      return List.of();
    }
    try {
      List<String> ids = new java.util.ArrayList<>();
      new com.fasterxml.jackson.databind.ObjectMapper().readTree(options.toString())
          .forEach(o -> ids.add(o.path("value").asText()));
      return ids;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return List.of();
    }
  }
}
