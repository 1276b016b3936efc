package ca.gc.cpa.inmission;

import static ca.gc.cpa.inmission.InMissionVariables.APPRAISAL_COMMENT;
import static ca.gc.cpa.inmission.InMissionVariables.APPRAISAL_KIND;
import static ca.gc.cpa.inmission.InMissionVariables.APPRAISAL_RATING;
import static ca.gc.cpa.inmission.InMissionVariables.RECOMMENDS_EXTENSION;
import static ca.gc.cpa.inmission.InMissionVariables.string;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.InMissionRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the UN performance appraisal on the officer's tour; the latest one informs an extension. */
@Component("recordAppraisal")
public class RecordAppraisal implements JavaDelegate {

  private final InMissionRepository records;

  public RecordAppraisal(InMissionRepository records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var tour = InMissionVariables.servingTour(execution, records);
    InMissionVariables.describe(execution, tour);
    records.recordAppraisal(tour.tourBusinessKey(), string(execution, APPRAISAL_KIND), string(execution, APPRAISAL_RATING),
        Boolean.TRUE.equals(execution.getVariable(RECOMMENDS_EXTENSION)), string(execution, APPRAISAL_COMMENT),
        InMissionVariables.sender(execution), EngineClock.now());
  }
}
