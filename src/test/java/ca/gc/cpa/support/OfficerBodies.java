package ca.gc.cpa.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bodies of {@code POST /api/officers} the tests send. */
public final class OfficerBodies {

  private OfficerBodies() {}

  /** an SPVM sergeant who works in French and English, with a valid passport: what marc registers */
  public static Map<String, Object> spvmSergeant(String serviceNumber, String givenName, String familyName) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("agencyCode", "spvm");   // the /api/officers body
    o.put("serviceNumber", serviceNumber);
    o.put("givenName", givenName);
    o.put("familyName", familyName);
    o.put("rank", "SGT");
    o.put("sex", "F");
    o.put("dateOfBirth", "1982-03-04");
    o.put("serviceStart", "2006-06-01");
    o.put("languages", List.of("FR", "EN"));
    o.put("licenceSince", "2001-01-01");
    o.put("manualDrivingSince", "2010-01-01");
    o.put("passportExpiry", LocalDate.now().plusYears(6).toString());
    return o;
  }
}
