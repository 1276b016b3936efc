package ca.gc.cpa.selection;

import static ca.gc.cpa.process.LegacyReaders.bool;
import static ca.gc.cpa.process.LegacyReaders.date;
import static ca.gc.cpa.process.LegacyReaders.integer;
import static ca.gc.cpa.process.LegacyReaders.string;
import static ca.gc.cpa.selection.SelectionVariables.*;

import ca.gc.cpa.domain.BusinessKeys;
import ca.gc.cpa.domain.EffectLedger;
import ca.gc.cpa.domain.Officer;
import ca.gc.cpa.domain.OfficerRepository;
import ca.gc.cpa.domain.Tour;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.domain.TourStatus;
import ca.gc.cpa.identity.AccessMatrix;
import ca.gc.cpa.process.OfficerDeploymentProcess;
import java.time.Year;
import java.time.ZoneId;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The lead organization accepted: records the tour and starts {@code officer-deployment}. Idempotent by
 * business key and step ({@link EffectLedger}, step {@code deployment-started/<nomination id>}): a retried
 * job, another node or a token moved back in Cockpit never records a second tour or starts a second deployment.
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
    long nominationId = ((Number) execution.getVariable(CANDIDATE_NOMINATION_ID)).longValue();
    Nomination nomination = nominations.find(nominationId)
        .orElseThrow(() -> new IllegalStateException("Nomination " + nominationId + " is not on record"));
    if (!ledger.firstTime(execution.getProcessBusinessKey(), step(nominationId))) {
      execution.setVariable(DEPLOYMENT_BUSINESS_KEY, nomination.tourBusinessKey());
      return;
    }
    String missionKey = string(execution, MISSION_BUSINESS_KEY);
    int position = integer(execution, POSITION_NUMBER);
    int rotation = integer(execution, ROTATION);
    String depKey = nomination.tourBusinessKey();
    if (depKey == null) {
      depKey = businessKeys.nextDeploymentKey(Year.from(ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault())));
      nominations.setTourBusinessKey(nominationId, depKey);
    }
    tours.create(new Tour(null, depKey, nomination.officerId(), nomination.agencyCode(), missionKey, position, rotation,
        TourStatus.SELECTED));
    nominations.updateStatus(nominationId, NominationStatus.ACCEPTED, null);
    nominations.updateSelectionStatus(((Number) execution.getVariable(SELECTION_ID)).longValue(), "FILLED");
    execution.setVariable(DEPLOYMENT_BUSINESS_KEY, depKey);

    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    boolean started = runtime.createProcessInstanceQuery().processDefinitionKey(AccessMatrix.OFFICER_DEPLOYMENT)
        .processInstanceBusinessKey(depKey).count() > 0;
    if (started) {
      return;
    }
    Officer officer = officers.find(nomination.officerId()).orElseThrow();
    var start = new OfficerDeploymentProcess.Start(missionKey, string(execution, MISSION_CODE),
        string(execution, MISSION_NAME), execution.getProcessBusinessKey(), position, rotation,
        string(execution, POSITION_ROLE), officer.id(), officer.displayName(), nomination.agencyCode(),
        integer(execution, TOUR_MONTHS), bool(execution, POSITION_ARMED), bool(execution, UN_MISSION),
        bool(execution, HIGH_STRESS), date(execution, PLANNED_DEPLOYMENT_DATE));
    runtime.startProcessInstanceByKey(OfficerDeploymentProcess.KEY, depKey, start.variables());
  }
}
