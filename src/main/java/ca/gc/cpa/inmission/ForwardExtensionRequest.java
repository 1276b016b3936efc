package ca.gc.cpa.inmission;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.MissionCommandRepository;
import ca.gc.cpa.domain.ServingTourRepository;
import ca.gc.cpa.domain.TourAppraisalRepository;
import ca.gc.cpa.domain.TourExtensionRequestRepository;
import ca.gc.cpa.process.Actor;
import ca.gc.cpa.process.ExtensionRequestProcess;
import ca.gc.cpa.process.OfficerDeploymentProcess.ExtensionRequested;
import ca.gc.cpa.process.Variable;
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

  private final ServingTourRepository serving;
  private final TourExtensionRequestRepository requests;
  private final TourAppraisalRepository appraisals;
  private final MissionCommandRepository command;

  public ForwardExtensionRequest(ServingTourRepository serving, TourExtensionRequestRepository requests,
      TourAppraisalRepository appraisals, MissionCommandRepository command) {
    this.serving = serving;
    this.requests = requests;
    this.appraisals = appraisals;
    this.command = command;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var tour = TourEvents.servingTour(execution, serving);
    TourEvents.identify(execution, tour, false);
    String sender = Actor.currentUser();
    int months = ExtensionRequestProcess.EXTENSION_MONTHS.from(execution);
    requests.recordExtensionRequest(tour.tourBusinessKey(), months,
        ExtensionRequestProcess.EXTENSION_REASON.orNull(execution), sender, EngineClock.now());
    var appraisal = appraisals.latestAppraisal(tour.tourBusinessKey());
    boolean askedByCommander = command.commanderOf(tour.missionBusinessKey()).map(sender::equals).orElse(false);
    var request = new ExtensionRequested(months,
        askedByCommander || appraisal.map(TourAppraisalRepository.Appraisal::recommendsExtension).orElse(false),
        Variable.isTrue(execution, ExtensionRequestProcess.OFFICER_AGREES),
        appraisal.map(TourAppraisalRepository.Appraisal::rating).orElse(null));
    var runtime = execution.getProcessEngineServices().getRuntimeService();
    Context.getCommandContext().runWithoutAuthorization(() -> runtime.createMessageCorrelation(ExtensionRequested.MESSAGE)
        .processInstanceBusinessKey(tour.tourBusinessKey()).setVariables(request.variables()).correlateWithResult());
  }
}
