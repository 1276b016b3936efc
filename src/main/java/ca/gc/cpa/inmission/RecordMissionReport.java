package ca.gc.cpa.inmission;

import static ca.gc.cpa.inmission.InMissionVariables.MISSION_BUSINESS_KEY;
import static ca.gc.cpa.inmission.InMissionVariables.MISSION_REPORT_RECEIVED;
import static ca.gc.cpa.inmission.InMissionVariables.REPORT_KIND;
import static ca.gc.cpa.inmission.InMissionVariables.REPORT_PERIOD;
import static ca.gc.cpa.inmission.InMissionVariables.REPORT_SUMMARY;
import static ca.gc.cpa.inmission.InMissionVariables.string;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.InMissionRepository;
import ca.gc.cpa.forms.FormValues;
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

  private final InMissionRepository records;
  private final MissionReportCheck check;

  public RecordMissionReport(InMissionRepository records, MissionReportCheck check) {
    this.records = records;
    this.check = check;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String mission = string(execution, MISSION_BUSINESS_KEY);
    var lines = check.lines(new FormValues(java.util.Map.of(), execution::getVariable, EngineClock.today(), null), mission);
    records.recordReport(mission, string(execution, REPORT_KIND), string(execution, REPORT_PERIOD),
        string(execution, REPORT_SUMMARY), InMissionVariables.sender(execution), EngineClock.now(), lines.statusByTour());
    if (!mission.equals(execution.getProcessBusinessKey())) {
      execution.setProcessBusinessKey(mission);
    }
    var runtime = execution.getProcessEngineServices().getRuntimeService();
    Context.getCommandContext().runWithoutAuthorization(() -> runtime.createMessageCorrelation(MISSION_REPORT_RECEIVED)
        .processInstanceBusinessKey(mission).correlateAllWithResult());
  }
}
