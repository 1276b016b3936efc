package ca.gc.cpa.inmission;

import static ca.gc.cpa.inmission.InMissionVariables.EARLY_RETURN_KIND;
import static ca.gc.cpa.inmission.InMissionVariables.EARLY_RETURN_REASON;
import static ca.gc.cpa.inmission.InMissionVariables.REPLACEMENT_NEEDED;
import static ca.gc.cpa.inmission.InMissionVariables.SENT_BY_HOME_SERVICE;
import static ca.gc.cpa.inmission.InMissionVariables.string;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.InMissionRepository;
import ca.gc.cpa.identity.CpaGroup;
import ca.gc.cpa.process.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the early return on the tour: kind, reason (no medical detail), whether a replacement is needed, who asked. */
@Component("recordEarlyReturn")
public class RecordEarlyReturn implements JavaDelegate {

  private final InMissionRepository records;

  public RecordEarlyReturn(InMissionRepository records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var tour = InMissionVariables.servingTour(execution, records);
    InMissionVariables.describe(execution, tour);
    boolean replacement = Boolean.TRUE.equals(execution.getVariable(REPLACEMENT_NEEDED));
    execution.setVariable(REPLACEMENT_NEEDED, replacement);
    records.recordEarlyReturn(tour.tourBusinessKey(), string(execution, EARLY_RETURN_KIND),
        string(execution, EARLY_RETURN_REASON), replacement, InMissionVariables.sender(execution), EngineClock.now());
    execution.setVariable(SENT_BY_HOME_SERVICE,
        Actor.currentGroups().contains(CpaGroup.agencyGroupId(tour.agencyCode())));
  }
}
