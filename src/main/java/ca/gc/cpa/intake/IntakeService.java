package ca.gc.cpa.intake;

import ca.gc.cpa.domain.AssistanceRequest;
import ca.gc.cpa.domain.AssistanceRequestRepository;
import ca.gc.cpa.domain.BusinessKeys;
import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.RequestStatus;
import ca.gc.cpa.identity.AccessMatrix;
import ca.gc.cpa.process.AssistanceRequestProcess;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a foreign request: the business record and the process instance, in one transaction
 * (a refused start leaves no record, a refused record leaves no instance).
 */
@Service
public class IntakeService {

  private final AssistanceRequestRepository requests;
  private final BusinessKeys businessKeys;
  private final RuntimeService runtime;

  public IntakeService(AssistanceRequestRepository requests, BusinessKeys businessKeys, RuntimeService runtime) {
    this.requests = requests;
    this.businessKeys = businessKeys;
    this.runtime = runtime;
  }

  public record Registered(String businessKey, String processInstanceId) {}

  /**
   * @throws org.springframework.dao.DuplicateKeyException when the requester already sent this reference
   */
  @Transactional
  public Registered register(NewAssistanceRequest request, String userId) {
    String businessKey = recordNew(request, userId);
    ProcessInstance instance = runtime.createProcessInstanceByKey(AccessMatrix.ASSISTANCE_REQUEST)
        .businessKey(businessKey)
        .setVariables(variables(request))
        .execute();
    return new Registered(businessKey, instance.getId());
  }

  /** stores the record under a new REQ- key and returns the key */
  String recordNew(NewAssistanceRequest r, String userId) {
    LocalDateTime now = EngineClock.now();
    String businessKey = businessKeys.nextRequestKey(Year.of(now.getYear()));
    requests.insert(new AssistanceRequest(businessKey, r.externalReference().trim(), r.requestingBody(),
        r.requestingBodyName().trim(), r.missionName().trim(), r.hostCountry(), r.officersRequested(),
        r.missionLanguage(), r.armed(), r.tourMonths(), r.requestedStart(), r.officialRequestReceived(),
        r.rolesRequested(), RequestStatus.UNDER_REVIEW, null, null, null, null, null, userId, now, null, null));
    return businessKey;
  }

  /** the process variables of a request: the same names and types as the start form's fields */
  public static Map<String, Object> variables(NewAssistanceRequest r) {
    return new AssistanceRequestProcess.Start(r.externalReference(), r.requestingBody(), r.requestingBodyName(),
        r.missionName(), r.hostCountry(), r.officersRequested(), r.missionLanguage(), r.armed(), r.tourMonths(),
        r.requestedStart(), r.officialRequestReceived(), r.rolesRequested()).variables();
  }
}
