package ca.gc.cpa.support;

import ca.gc.cpa.process.AssistanceRequestProcess;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/** Bodies for the intake API ({@code POST /api/assistance-requests}) as the contract describes them. */
public final class IntakeBodies {

  private static final ObjectMapper JSON = new ObjectMapper();

  private IntakeBodies() {}

  /** a valid request with its own requester reference */
  public static ObjectNode valid(String reference) {
    ObjectNode body = JSON.createObjectNode();
    body.put(AssistanceRequestProcess.EXTERNAL_REFERENCE.name(), reference);
    body.put(AssistanceRequestProcess.REQUESTING_BODY.name(), "UN");
    body.put(AssistanceRequestProcess.REQUESTING_BODY_NAME.name(), "UN Police Division, DPO");
    body.put(AssistanceRequestProcess.MISSION_NAME.name(), "MINUSMA");
    body.put(AssistanceRequestProcess.HOST_COUNTRY.name(), "ML");
    body.put(AssistanceRequestProcess.OFFICERS_REQUESTED.name(), 20);
    body.put(AssistanceRequestProcess.MISSION_LANGUAGE.name(), "FR");
    body.put(AssistanceRequestProcess.ARMED.name(), true);
    body.put(AssistanceRequestProcess.TOUR_MONTHS.name(), 12);
    body.put(AssistanceRequestProcess.REQUESTED_START.name(), LocalDate.now().plusMonths(3).toString());
    body.put(AssistanceRequestProcess.OFFICIAL_REQUEST_RECEIVED.name(), true);
    body.put(AssistanceRequestProcess.ROLES_REQUESTED.name(), "Patrol and mentoring");
    return body;
  }
}
