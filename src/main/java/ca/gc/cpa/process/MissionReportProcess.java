package ca.gc.cpa.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Process {@code mission-report}: a mission's contingent commander (RCMP IPOB for a mission with no commander named)
 * sends the report for a period, with a status line per officer serving (start form sendMissionReport, the mission's
 * reminder task, {@code POST /api/missions/{key}/reports}); the report is recorded with who sent it (tables
 * mission_report and mission_report_line) and the mission told (message {@link #REPORT_RECEIVED}).
 */
public final class MissionReportProcess {

  public static final String KEY = "mission-report";

  // start form sendMissionReport
  public static final Variable<String> MISSION_BUSINESS_KEY = Variable.text("missionBusinessKey");
  public static final Variable<String> REPORT_KIND = Variable.text("reportKind");
  public static final String MONTHLY = "MONTHLY";
  public static final String QUARTERLY = "QUARTERLY";
  public static final String END_OF_TOUR = "END_OF_TOUR";
  /** the month reported on, yyyy-mm */
  public static final Variable<String> REPORT_PERIOD = Variable.text("reportPeriod");
  public static final Variable<String> REPORT_SUMMARY = Variable.text("reportSummary");
  // the officers (their tours' business keys) with a status other than serving
  public static final Variable<List<String>> OFFICERS_ON_LEAVE = Variable.list("officersOnLeave");
  public static final Variable<List<String>> OFFICERS_UNFIT = Variable.list("officersUnfit");
  public static final Variable<List<String>> OFFICERS_OF_CONCERN = Variable.list("officersOfConcern");

  /** the message into the mission (process mission) that a report came in: a reminder waiting for it closes */
  public static final String REPORT_RECEIVED = "MissionReportReceived";

  private MissionReportProcess() {}

  /** What the start form sendMissionReport (or the endpoint) sends: the report; an officer list may be left out. */
  public record Start(String missionBusinessKey, String reportKind, String reportPeriod, String reportSummary,
      List<String> officersOnLeave, List<String> officersUnfit, List<String> officersOfConcern) {

    /** a report with every officer serving as planned */
    public Start(String missionBusinessKey, String reportKind, String reportPeriod, String reportSummary) {
      this(missionBusinessKey, reportKind, reportPeriod, reportSummary, null, null, null);
    }

    /** the start's variables, in the order of the form (a list left out is not sent) */
    public Map<String, Object> variables() {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put(MISSION_BUSINESS_KEY.name(), missionBusinessKey);
      v.put(REPORT_KIND.name(), reportKind);
      v.put(REPORT_PERIOD.name(), reportPeriod);
      v.put(REPORT_SUMMARY.name(), reportSummary);
      putList(v, OFFICERS_ON_LEAVE, officersOnLeave);
      putList(v, OFFICERS_UNFIT, officersUnfit);
      putList(v, OFFICERS_OF_CONCERN, officersOfConcern);
      return v;
    }

    /**
     * the body of {@code POST /api/missions/{key}/reports}: the start's variables but the mission, which the path names
     */
    public Map<String, Object> body() {
      Map<String, Object> v = variables();
      v.remove(MISSION_BUSINESS_KEY.name());
      return v;
    }

    private static void putList(Map<String, Object> v, Variable<List<String>> variable, List<String> tours) {
      if (tours != null) {
        v.put(variable.name(), tours);
      }
    }
  }
}
