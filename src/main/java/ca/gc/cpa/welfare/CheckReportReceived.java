package ca.gc.cpa.welfare;

import static ca.gc.cpa.deployment.DeploymentVariables.*;

import ca.gc.cpa.domain.TourRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** At the end of a reporting period: did the officer's report come in (ReportRule)? */
@Component("checkReportReceived")
public class CheckReportReceived implements JavaDelegate {

  private final ReportRule rule;
  private final TourRepository tours;

  public CheckReportReceived(WelfareProperties properties, TourRepository tours) {
    this.rule = new ReportRule(properties);
    this.tours = tours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var last = tours.findProgress(execution.getProcessBusinessKey()).map(p -> p.lastReportOn()).orElse(null);
    execution.setVariable(REPORT_MISSING, rule.missing(date(execution, TOUR_START_DATE), last, today()));
  }
}
