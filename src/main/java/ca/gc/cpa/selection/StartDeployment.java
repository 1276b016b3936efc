package ca.gc.cpa.selection;

import static ca.gc.cpa.process.CandidateSelectionProcess.*;

import ca.gc.cpa.domain.BusinessKeys;
import ca.gc.cpa.domain.EffectLedger;
import ca.gc.cpa.domain.Officer;
import ca.gc.cpa.domain.OfficerRepository;
import ca.gc.cpa.domain.Tour;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.domain.TourStatus;
import ca.gc.cpa.planning.MissionPlanRepository;
import ca.gc.cpa.planning.MissionTerms;
import ca.gc.cpa.planning.Position;
import ca.gc.cpa.process.OfficerDeploymentProcess;
import java.time.Year;
import java.time.ZoneId;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The lead organization accepted: records the tour with its terms and starts {@code officer-deployment} with what
 * its model and forms need. Idempotent by
 * business key and step ({@link EffectLedger}, step {@code deployment-started/<nomination id>}): a retried
 * job, another node or a token moved back in Cockpit never records a second tour or starts a second deployment. The
 * tour is the selection's candidate in the selection's position and rotation (its row), on the mission's terms and
 * the position's profile (the mission's plan), for the deployment date the mission planned (the start's).
 */
@Component("startDeployment")
public class StartDeployment implements JavaDelegate {

  private final NominationRepository nominations;
  private final MissionPlanRepository plans;
  private final OfficerRepository officers;
  private final TourRepository tours;
  private final BusinessKeys businessKeys;
  private final EffectLedger ledger;

  public StartDeployment(NominationRepository nominations, MissionPlanRepository plans, OfficerRepository officers,
      TourRepository tours, BusinessKeys businessKeys, EffectLedger ledger) {
    this.nominations = nominations;
    this.plans = plans;
    this.officers = officers;
    this.tours = tours;
    this.businessKeys = businessKeys;
    this.ledger = ledger;
  }

  /** the step's name in the effect ledger: one deployment per accepted nomination */
  public static String step(long nominationId) {
    return "deployment-started/" + nominationId;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Selection selection = nominations.selectionOf(execution.getProcessInstanceId());
    Nomination nomination = nominations.candidate(selection);
    long nominationId = nomination.id();
    if (!ledger.firstTime(execution.getProcessBusinessKey(), step(nominationId))) {
      return;
    }
    String missionKey = selection.missionBusinessKey();
    int position = selection.positionNumber();
    int rotation = selection.rotation();
    String depKey = nomination.tourBusinessKey();
    if (depKey == null) {
      depKey = businessKeys.nextDeploymentKey(Year.from(ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault())));
      nominations.setTourBusinessKey(nominationId, depKey);
    }
    tours.create(new Tour(null, depKey, nomination.officerId(), nomination.agencyCode(), missionKey, position, rotation,
        TourStatus.SELECTED));
    MissionTerms terms = plans.terms(missionKey).orElseThrow();
    // the tour's terms on its row, before the tour starts: its steps read them there, not from its variables
    tours.recordTerms(depKey, PLANNED_DEPLOYMENT_DATE.orNull(execution), terms.tourMonths(),
        UN_MISSION.orElse(execution, false));
    nominations.updateStatus(nominationId, NominationStatus.ACCEPTED, null);
    nominations.updateSelectionStatus(selection.id(), "FILLED");

    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    boolean started = runtime.createProcessInstanceQuery().processDefinitionKey(OfficerDeploymentProcess.KEY)
        .processInstanceBusinessKey(depKey).count() > 0;
    if (started) {
      return;
    }
    Officer officer = officers.find(nomination.officerId()).orElseThrow();
    Position profile = plans.position(missionKey, position).orElseThrow();
    var start = new OfficerDeploymentProcess.Start(depKey, terms.missionName(), profile.role().name(),
        officer.displayName(), nomination.agencyCode(), profile.armed(), terms.highStress(),
        PLANNED_DEPLOYMENT_DATE.orNull(execution));
    runtime.startProcessInstanceByKey(OfficerDeploymentProcess.KEY, start.businessKey(), start.variables());
  }
}
