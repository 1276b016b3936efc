package ca.gc.cpa.inmission;

import static ca.gc.cpa.inmission.InMissionVariables.APPRAISAL_RATING;
import static ca.gc.cpa.inmission.InMissionVariables.EXTENSION_MONTHS;
import static ca.gc.cpa.inmission.InMissionVariables.EXTENSION_REASON;
import static ca.gc.cpa.inmission.InMissionVariables.EXTENSION_REQUESTED;
import static ca.gc.cpa.inmission.InMissionVariables.MISSION_NEEDS_POST;
import static ca.gc.cpa.inmission.InMissionVariables.OFFICER_AGREES;
import static ca.gc.cpa.inmission.InMissionVariables.string;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.InMissionRepository;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Records the extension request and hands it to the officer's tour (message {@code ExtensionRequested}): the
 * home service confirms the release, then the RCMP decides. The mission needs the post when its commander asks,
 * or when the latest UN performance appraisal recommends the extension; that appraisal's rating goes along.
 */
@Component("forwardExtensionRequest")
public class ForwardExtensionRequest implements JavaDelegate {

  private final InMissionRepository records;

  public ForwardExtensionRequest(InMissionRepository records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var tour = InMissionVariables.servingTour(execution, records);
    InMissionVariables.describe(execution, tour);
    String sender = InMissionVariables.sender(execution);
    int months = ((Number) execution.getVariable(EXTENSION_MONTHS)).intValue();
    records.recordExtensionRequest(tour.tourBusinessKey(), months, string(execution, EXTENSION_REASON), sender,
        EngineClock.now());
    var appraisal = records.latestAppraisal(tour.tourBusinessKey());
    boolean askedByCommander = records.commanderOf(tour.missionBusinessKey()).map(sender::equals).orElse(false);
    Map<String, Object> request = new HashMap<>();
    request.put(EXTENSION_MONTHS, months);
    request.put(MISSION_NEEDS_POST, askedByCommander || appraisal.map(InMissionRepository.Appraisal::recommendsExtension).orElse(false));
    request.put(ca.gc.cpa.process.OfficerDeploymentProcess.OFFICER_REQUESTS_EXTENSION.name(),
        Boolean.TRUE.equals(execution.getVariable(OFFICER_AGREES)));
    request.put(APPRAISAL_RATING, appraisal.map(InMissionRepository.Appraisal::rating).orElse(null));
    execution.setVariable(MISSION_NEEDS_POST, request.get(MISSION_NEEDS_POST));
    var runtime = execution.getProcessEngineServices().getRuntimeService();
    Context.getCommandContext().runWithoutAuthorization(() -> runtime.createMessageCorrelation(EXTENSION_REQUESTED)
        .processInstanceBusinessKey(tour.tourBusinessKey()).setVariables(request).correlateWithResult());
  }
}
