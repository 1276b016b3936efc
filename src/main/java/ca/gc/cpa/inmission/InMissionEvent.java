package ca.gc.cpa.inmission;

import ca.gc.cpa.process.EarlyReturnProcess;
import ca.gc.cpa.process.ExtensionRequestProcess;
import ca.gc.cpa.process.IncidentProcess;
import ca.gc.cpa.process.LeaveRequestProcess;
import ca.gc.cpa.process.MissionReportProcess;
import ca.gc.cpa.process.PerformanceAppraisalProcess;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The events people bring while officers serve abroad, each started by a person (a start form in Tasklist,
 * an endpoint under {@code /api}), never kept as a standing task; and who may send each.
 */
public enum InMissionEvent {

  /**
   * the contingent commander's report from the mission for a period, with a status line per officer (RCMP IPOB
   * sends it for a mission with no commander named)
   */
  MISSION_REPORT(MissionReportProcess.KEY, "reports", "missionsToReportOn",
      EnumSet.of(Sender.CONTINGENT_COMMANDER, Sender.HEADQUARTERS)),
  /** an incident to an officer: kind, severity, summary (verdict level) */
  INCIDENT(IncidentProcess.KEY, "incidents", "toursForIncident",
      EnumSet.of(Sender.CONTINGENT_COMMANDER, Sender.HEADQUARTERS, Sender.HOME_SERVICE)),
  /** leave for an officer, approved by the contingent commander */
  LEAVE(LeaveRequestProcess.KEY, "leave", "toursForLeave", EnumSet.of(Sender.CONTINGENT_COMMANDER, Sender.HOME_SERVICE)),
  /** an early return (medical, compassionate, disciplinary, performance) that ends the tour */
  EARLY_RETURN(EarlyReturnProcess.KEY, "early-return", "toursForEarlyReturn",
      EnumSet.of(Sender.CONTINGENT_COMMANDER, Sender.HEADQUARTERS, Sender.HOME_SERVICE)),
  /** the UN performance appraisal of an officer (mid-tour, end of tour), which informs an extension */
  APPRAISAL(PerformanceAppraisalProcess.KEY, "appraisals", "toursForAppraisal", EnumSet.of(Sender.CONTINGENT_COMMANDER)),
  /** an extension of the tour, asked by the mission or by the officer's home service */
  EXTENSION(ExtensionRequestProcess.KEY, "extension-requests", "toursForExtension",
      EnumSet.of(Sender.CONTINGENT_COMMANDER, Sender.HOME_SERVICE));

  /**
   * Who sends: the contingent commander for the officers of the missions he commands, RCMP IPOB
   * (headquarters) for every officer abroad (a mission's report: only while the mission has no commander
   * named), a partner service's coordinator for its own officers.
   * Administrators may send every event.
   */
  public enum Sender { CONTINGENT_COMMANDER, HEADQUARTERS, HOME_SERVICE }

  private final String processKey;
  private final String path;
  private final String choices;
  private final Set<Sender> senders;

  InMissionEvent(String processKey, String path, String choices, Set<Sender> senders) {
    this.processKey = processKey;
    this.path = path;
    this.choices = choices;
    this.senders = senders;
  }

  /** the key of the small process the event starts */
  public String processKey() {
    return processKey;
  }

  /** the endpoint's last path segment */
  public String path() {
    return path;
  }

  /** the {@code valuesKey} of the start form's select: the server fills it with what the sender may act for */
  public String choices() {
    return choices;
  }

  public Set<Sender> senders() {
    return senders;
  }

  public static Optional<InMissionEvent> byChoices(String valuesKey) {
    return Arrays.stream(values()).filter(e -> e.choices.equals(valuesKey)).findFirst();
  }

  public static Optional<InMissionEvent> byPath(String path) {
    return Arrays.stream(values()).filter(e -> e != MISSION_REPORT && e.path.equals(path)).findFirst();
  }
}
