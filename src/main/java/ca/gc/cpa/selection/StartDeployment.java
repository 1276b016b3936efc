package ca.gc.cpa.selection;

import static ca.gc.cpa.planning.MissionVariables.bool;
import static ca.gc.cpa.planning.MissionVariables.integer;
import static ca.gc.cpa.planning.MissionVariables.string;
import static ca.gc.cpa.selection.SelectionVariables.*;

import ca.gc.cpa.domain.BusinessKeys;
import ca.gc.cpa.domain.Officer;
import ca.gc.cpa.domain.OfficerRepository;
import ca.gc.cpa.domain.Tour;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.domain.TourStatus;
import ca.gc.cpa.identity.AccessMatrix;
import java.time.Year;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The lead organization accepted: records the tour and starts {@code officer-deployment}. Idempotent:
 * a retried job reuses the tour of this nomination and never starts a second deployment.
 */
@Component("startDeployment")
public class StartDeployment implements JavaDelegate {

  private final NominationRepository nominations;
  private final OfficerRepository officers;
  private final TourRepository tours;
  private final BusinessKeys businessKeys;

  public StartDeployment(NominationRepository nominations, OfficerRepository officers, TourRepository tours,
      BusinessKeys businessKeys) {
    this.nominations = nominations;
    this.officers = officers;
    this.tours = tours;
    this.businessKeys = businessKeys;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long nominationId = ((Number) execution.getVariable(CANDIDATE_NOMINATION_ID)).longValue();
    Nomination nomination = nominations.find(nominationId).orElseThrow();
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
    Map<String, Object> variables = new HashMap<>();
    variables.put("missionBusinessKey", missionKey);
    variables.put("missionCode", string(execution, MISSION_CODE));
    variables.put("missionName", string(execution, MISSION_NAME));
    variables.put("selectionBusinessKey", execution.getProcessBusinessKey());
    variables.put("positionNumber", position);
    variables.put("rotation", rotation);
    variables.put("positionRole", string(execution, POSITION_ROLE));
    variables.put("officerId", officer.id());
    variables.put("officerName", officer.displayName());
    variables.put("agencyCode", nomination.agencyCode());
    variables.put("tourMonths", integer(execution, TOUR_MONTHS));
    variables.put("armed", bool(execution, POSITION_ARMED));
    variables.put("unMission", bool(execution, UN_MISSION));
    variables.put("highStress", bool(execution, HIGH_STRESS));
    variables.put("plannedDeploymentDate", string(execution, PLANNED_DEPLOYMENT_DATE));
    runtime.startProcessInstanceByKey(AccessMatrix.OFFICER_DEPLOYMENT, depKey, variables);
  }
}
