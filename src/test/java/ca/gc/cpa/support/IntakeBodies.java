package ca.gc.cpa.support;

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
    body.put("externalReference", reference);
    body.put("requestingBody", "UN");
    body.put("requestingBodyName", "UN Police Division, DPO");
    body.put("missionName", "MINUSMA");
    body.put("hostCountry", "ML");
    body.put("officersRequested", 20);
    body.put("missionLanguage", "FR");
    body.put("armed", true);
    body.put("tourMonths", 12);
    body.put("requestedStart", LocalDate.now().plusMonths(3).toString());
    body.put("officialRequestReceived", true);
    body.put("rolesRequested", "Patrol and mentoring");
    return body;
  }
}
