package ca.gc.cpa.inmission;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.MissionCommandRepository;
import ca.gc.cpa.domain.MissionReportRepository;
import ca.gc.cpa.domain.ServingTourRepository;
import ca.gc.cpa.process.MissionProcess;
import ca.gc.cpa.process.MissionReportProcess;
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

  private final ServingTourRepository serving;
  private final MissionReportRepository reports;
  private final MissionCommandRepository command;

  public CheckMissionReport(ServingTourRepository serving, MissionReportRepository reports,
      MissionCommandRepository command) {
    this.serving = serving;
    this.reports = reports;
    this.command = command;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String mission = execution.getProcessBusinessKey();
    var due = MissionReportRule.periodDue(EngineClock.today());
    String period = due.toString();
    boolean missing = MissionReportRule.due(due, serving.servingTours(mission).stream()
        .map(ServingTourRepository.ServingTour::tourStartOn).toList()) && !reports.anyReportFor(mission, period);
    MissionProcess.REPORT_MISSING.setLocal(execution, missing);
    if (missing) {
      // the reminder task's form shows the report, ready to fill for this mission and month
      MissionProcess.MISSION_BUSINESS_KEY.setLocal(execution, mission);
      MissionProcess.REPORT_KIND.setLocal(execution, MissionReportProcess.MONTHLY);
      MissionProcess.REPORT_PERIOD.setLocal(execution, period);
      MissionProcess.REPORT_COMMANDER.setLocal(execution, command.commanderOf(mission).orElse(null));
    }
  }
}
