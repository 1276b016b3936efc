package ca.gc.cpa.welfare;

import static ca.gc.cpa.deployment.DeploymentVariables.*;

import ca.gc.cpa.domain.TourRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An individual monthly or quarterly report came in (message or reminder task): recorded on the tour. */
@Component("recordReport")
public class RecordReport implements JavaDelegate {

  public static final String MONTHLY = "MONTHLY";
  public static final String QUARTERLY = "QUARTERLY";

  private final TourRepository tours;

  public RecordReport(TourRepository tours) {
    this.tours = tours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String type = QUARTERLY.equals(string(execution, REPORT_TYPE)) ? QUARTERLY : MONTHLY;
    tours.recordReport(execution.getProcessBusinessKey(), type, today());
    // a later report without a type is a monthly one
    execution.removeVariable(REPORT_TYPE);
    execution.removeVariable(REPORT_RECEIVED_SINCE_REMINDER);
  }
}
