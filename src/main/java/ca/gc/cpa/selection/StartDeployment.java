package ca.gc.cpa.selection;

import static ca.gc.cpa.process.CandidateSelectionProcess.*;

import ca.gc.cpa.domain.BusinessKeys;
import ca.gc.cpa.domain.EffectLedger;
import ca.gc.cpa.domain.Officer;
import ca.gc.cpa.domain.OfficerRepository;
import ca.gc.cpa.domain.Tour;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.domain.TourStatus;
import ca.gc.cpa.process.OfficerDeploymentProcess;
import java.time.Year;
import java.time.ZoneId;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The lead organization accepted: records the tour with its terms (mission, position, rotation, officer, months,
 * planned departure, UN mission) and starts {@code officer-deployment} with what its model and forms need.
 * Idempotent by business key and step ({@link EffectLedger}, step {@code deployment-started/<nomination id>}): a
 * retried job, another node or a token moved back in Cockpit never records a second tour or starts a second
 * deployment.
 */
@Component("startDeployment")
public class StartDeployment implements JavaDelegate {

  private final NominationRepository nominations;
  private final OfficerRepository officers;
  private final TourRepository tours;
  private final BusinessKeys businessKeys;
  private final EffectLedger ledger;

  public StartDeployment(NominationRepository nominations, OfficerRepository officers, TourRepository tours,
      BusinessKeys businessKeys, EffectLedger ledger) {
    this.nominations = nominations;
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
    long nominationId = CANDIDATE_NOMINATION_ID.from(execution);
    Nomination nomination = nominations.find(nominationId)
        .orElseThrow(() -> new IllegalStateException("Nomination " + nominationId + " is not on record"));
    if (!ledger.firstTime(execution.getProcessBusinessKey(), step(nominationId))) {
      DEPLOYMENT_BUSINESS_KEY.set(execution, nomination.tourBusinessKey());
      return;
    }
    String missionKey = MISSION_BUSINESS_KEY.from(execution);
    int position = POSITION_NUMBER.from(execution);
    int rotation = ROTATION.from(execution);
    String depKey = nomination.tourBusinessKey();
    if (depKey == null) {
      depKey = businessKeys.nextDeploymentKey(Year.from(ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault())));
      nominations.setTourBusinessKey(nominationId, depKey);
    }
    tours.create(new Tour(null, depKey, nomination.officerId(), nomination.agencyCode(), missionKey, position, rotation,
        TourStatus.SELECTED));
    // the tour's terms on its row, before the tour starts: its steps read them there, not from its variables
    tours.recordTerms(depKey, PLANNED_DEPLOYMENT_DATE.orNull(execution), TOUR_MONTHS.from(execution),
        UN_MISSION.orElse(execution, false));
    nominations.updateStatus(nominationId, NominationStatus.ACCEPTED, null);
    nominations.updateSelectionStatus(SELECTION_ID.from(execution), "FILLED");
    DEPLOYMENT_BUSINESS_KEY.set(execution, depKey);

    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    boolean started = runtime.createProcessInstanceQuery().processDefinitionKey(OfficerDeploymentProcess.KEY)
        .processInstanceBusinessKey(depKey).count() > 0;
    if (started) {
      return;
    }
    Officer officer = officers.find(nomination.officerId()).orElseThrow();
    var start = new OfficerDeploymentProcess.Start(depKey, MISSION_NAME.orNull(execution),
        POSITION_ROLE.orNull(execution), officer.displayName(), nomination.agencyCode(),
        POSITION_ARMED.orElse(execution, false), HIGH_STRESS.orElse(execution, false),
        PLANNED_DEPLOYMENT_DATE.orNull(execution));
    runtime.startProcessInstanceByKey(OfficerDeploymentProcess.KEY, start.businessKey(), start.variables());
  }
}
