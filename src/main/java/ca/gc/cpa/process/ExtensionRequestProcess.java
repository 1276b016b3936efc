package ca.gc.cpa.process;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Process {@code extension-request}: an extension of an officer's tour, asked by the mission's contingent commander
 * or the officer's home service (start form requestExtension, {@code POST /api/tours/{key}/extension-requests}),
 * recorded with who asked (table tour_extension_request) and handed to the tour (process officer-deployment, message
 * {@link OfficerDeploymentProcess.ExtensionRequested}: whether the mission needs the post goes along, it is not
 * kept here), where the home service confirms the release and the RCMP decides.
 */
public final class ExtensionRequestProcess {

  public static final String KEY = "extension-request";

  // start form requestExtension
  public static final Variable<String> TOUR_BUSINESS_KEY = TourEvent.TOUR_BUSINESS_KEY;
  public static final Variable<Integer> EXTENSION_MONTHS = Variable.integer("extensionMonths");
  public static final Variable<String> EXTENSION_REASON = Variable.text("extensionReason");
  public static final Variable<Boolean> OFFICER_AGREES = Variable.bool("officerAgrees");
  // set by Forward the extension request, transient: the officer's service
  public static final Variable<String> AGENCY_CODE = TourEvent.AGENCY_CODE;

  private ExtensionRequestProcess() {}

  /** What the start form requestExtension (or the endpoint) sends. */
  public record Start(String tourBusinessKey, int extensionMonths, String extensionReason, boolean officerAgrees) {

    public Map<String, Object> variables() {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put(TOUR_BUSINESS_KEY.name(), tourBusinessKey);
      v.put(EXTENSION_MONTHS.name(), extensionMonths);
      v.put(EXTENSION_REASON.name(), extensionReason);
      v.put(OFFICER_AGREES.name(), officerAgrees);
      return v;
    }

    /**
     * the body of {@code POST /api/tours/{key}/extension-requests}: the start's variables but the tour, which the path
     * names
     */
    public Map<String, Object> body() {
      Map<String, Object> v = variables();
      v.remove(TOUR_BUSINESS_KEY.name());
      return v;
    }
  }
}
