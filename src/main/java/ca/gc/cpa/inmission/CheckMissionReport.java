package ca.gc.cpa.inmission;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.InMissionRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * On the day last month's report is due (process mission): is it missing while officers serve who were there
 * last month ({@link MissionReportRule#due})? If so the
 * reminder goes to the mission's contingent commander, with the report's mission, kind and period set.
 */
@Component("checkMissionReport")
public class CheckMissionReport implements JavaDelegate {

  public static final String REPORT_MISSING = "reportMissing";
  public static final String REPORT_COMMANDER = "reportCommander";

  private final InMissionRepository records;

  public CheckMissionReport(InMissionRepository records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String mission = execution.getProcessBusinessKey();
    var due = MissionReportRule.periodDue(EngineClock.today());
    String period = due.toString();
    boolean missing = MissionReportRule.due(due, records.servingTours(mission).stream()
        .map(InMissionRepository.ServingTour::tourStartOn).toList()) && !records.anyReportFor(mission, period);
    execution.setVariableLocal(REPORT_MISSING, missing);
    if (missing) {
      // the reminder task's form shows the report, ready to fill for this mission and month
      execution.setVariableLocal(InMissionVariables.MISSION_BUSINESS_KEY, mission);
      execution.setVariableLocal(InMissionVariables.REPORT_KIND, MissionReportRule.MONTHLY);
      execution.setVariableLocal(InMissionVariables.REPORT_PERIOD, period);
      execution.setVariableLocal(REPORT_COMMANDER, records.commanderOf(mission).orElse(null));
    }
  }
}
