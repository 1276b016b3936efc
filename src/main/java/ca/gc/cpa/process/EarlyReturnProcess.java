package ca.gc.cpa.process;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Process {@code early-return}: an early return of an officer serving abroad (start form requestEarlyReturn,
 * {@code POST /api/tours/{key}/early-return}), recorded with who asked (table tour_early_return); the officer's home service
 * prepares the return when it did not ask itself (the model routes on {@link #SENT_BY_HOME_SERVICE}); the tour
 * (process officer-deployment) is told to end (message {@link OfficerDeploymentProcess.EarlyReturnDecided}).
 */
public final class EarlyReturnProcess {

  public static final String KEY = "early-return";

  // start form requestEarlyReturn
  public static final Variable<String> TOUR_BUSINESS_KEY = TourEvent.TOUR_BUSINESS_KEY;
  public static final Variable<String> EARLY_RETURN_KIND = Variable.text("earlyReturnKind");
  public static final String MEDICAL = "MEDICAL";
  public static final String COMPASSIONATE = "COMPASSIONATE";
  public static final String DISCIPLINARY = "DISCIPLINARY";
  public static final String PERFORMANCE = "PERFORMANCE";
  /** an emergency repatriation decided after a critical incident (process incident) */
  public static final String EMERGENCY = "EMERGENCY";
  /** the reason (no medical detail) */
  public static final Variable<String> EARLY_RETURN_REASON = Variable.text("earlyReturnReason");
  public static final Variable<Boolean> REPLACEMENT_NEEDED = Variable.bool("replacementNeeded");
  // set by Record the early return
  /** the officer's home service asked: it needs no task to prepare the return */
  public static final Variable<Boolean> SENT_BY_HOME_SERVICE = Variable.bool("sentByHomeService");
  // who and where for the home service's task, its candidate group (agency-${agencyCode}): set only when the home
  // service did not ask (the service's code is then transient)
  public static final Variable<String> AGENCY_CODE = TourEvent.AGENCY_CODE;
  public static final Variable<String> OFFICER_NAME = TourEvent.OFFICER_NAME;
  public static final Variable<String> MISSION_NAME = TourEvent.MISSION_NAME;
  // task Prepare for the early return (home service)
  public static final Variable<String> HOME_CONTACT = Variable.text("homeContact");

  private EarlyReturnProcess() {}

  /** What the start form requestEarlyReturn (or the endpoint) sends. */
  public record Start(String tourBusinessKey, String earlyReturnKind, String earlyReturnReason,
      boolean replacementNeeded) {

    public Map<String, Object> variables() {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put(TOUR_BUSINESS_KEY.name(), tourBusinessKey);
      v.put(EARLY_RETURN_KIND.name(), earlyReturnKind);
      v.put(EARLY_RETURN_REASON.name(), earlyReturnReason);
      v.put(REPLACEMENT_NEEDED.name(), replacementNeeded);
      return v;
    }

    /**
     * the body of {@code POST /api/tours/{key}/early-return}: the start's variables but the tour, which the path names
     */
    public Map<String, Object> body() {
      Map<String, Object> v = variables();
      v.remove(TOUR_BUSINESS_KEY.name());
      return v;
    }
  }
}
