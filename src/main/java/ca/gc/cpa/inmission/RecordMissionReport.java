package ca.gc.cpa.inmission;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.MissionReportRepository;
import ca.gc.cpa.forms.FormValues;
import ca.gc.cpa.process.Actor;
import ca.gc.cpa.process.MissionReportProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Records the report from the mission with a line per officer serving, and tells the mission it came in
 * (message {@code MissionReportReceived}: a reminder waiting for it closes).
 */
@Component("recordMissionReport")
public class RecordMissionReport implements JavaDelegate {

  private final MissionReportRepository reports;
  private final MissionReportCheck check;

  public RecordMissionReport(MissionReportRepository reports, MissionReportCheck check) {
    this.reports = reports;
    this.check = check;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String mission = MissionReportProcess.MISSION_BUSINESS_KEY.from(execution);
    var lines = check.lines(new FormValues(java.util.Map.of(), execution::getVariable, EngineClock.today(), null), mission);
    reports.recordReport(mission, MissionReportProcess.REPORT_KIND.orNull(execution),
        MissionReportProcess.REPORT_PERIOD.orNull(execution), MissionReportProcess.REPORT_SUMMARY.orNull(execution),
        Actor.currentUser(), EngineClock.now(), lines.statusByTour());
    if (!mission.equals(execution.getProcessBusinessKey())) {
      execution.setProcessBusinessKey(mission);
    }
    var runtime = execution.getProcessEngineServices().getRuntimeService();
    Context.getCommandContext().runWithoutAuthorization(() -> runtime.createMessageCorrelation(MissionReportProcess.REPORT_RECEIVED)
        .processInstanceBusinessKey(mission).correlateAllWithResult());
  }
}
