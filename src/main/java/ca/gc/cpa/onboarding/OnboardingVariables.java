package ca.gc.cpa.onboarding;

import java.time.LocalDate;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of process agency-onboarding: named once, read typed. The start form fills the
 * application's fields; the application's row (table agency_application, {@link #APPLICATION_ID})
 * is the record of what was decided.
 */
public final class OnboardingVariables {

  public static final String PROCESS_KEY = "agency-onboarding";
  public static final String BUSINESS_KEY_PREFIX = "AGY-";

  // start form requestToJoin
  public static final String SERVICE_NAME = "serviceName";
  public static final String AGENCY_CODE = "agencyCode";
  public static final String PROVINCE = "province";
  public static final String KIND = "kind";
  public static final String SWORN_STRENGTH = "swornStrength";
  public static final String COORDINATOR_GIVEN_NAME = "coordinatorGivenName";
  public static final String COORDINATOR_FAMILY_NAME = "coordinatorFamilyName";
  public static final String COORDINATOR_EMAIL = "coordinatorEmail";
  public static final String COORDINATOR_USER_ID = "coordinatorUserId";
  /** the row of table agency_application */
  public static final String APPLICATION_ID = "applicationId";
  // task reviewApplication
  public static final String DECISION = "decision";
  public static final String REFUSAL_REASON = "refusalReason";
  public static final String APPROVE = "APPROVE";
  public static final String REFUSE = "REFUSE";
  // task recordJoiningAgreement
  public static final String AGREEMENT_REFERENCE = "agreementReference";
  public static final String AGREEMENT_SIGNED_ON = "agreementSignedOn";

  private OnboardingVariables() {}

  public static String businessKey(String agencyCode) {
    return BUSINESS_KEY_PREFIX + agencyCode.toLowerCase(Locale.ROOT);
  }

  public static String string(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v == null ? null : v.toString().trim();
  }

  public static String agencyCode(VariableScope scope) {
    String code = string(scope, AGENCY_CODE);
    return code == null ? null : code.toLowerCase(Locale.ROOT);
  }

  public static int swornStrength(VariableScope scope) {
    return ((Number) scope.getVariable(SWORN_STRENGTH)).intValue();
  }

  public static long applicationId(VariableScope scope) {
    return ((Number) scope.getVariable(APPLICATION_ID)).longValue();
  }

  public static void setApplicationId(VariableScope scope, long id) {
    scope.setVariable(APPLICATION_ID, id);
  }

  public static boolean approved(VariableScope scope) {
    return APPROVE.equals(scope.getVariable(DECISION));
  }

  public static String refusalReason(VariableScope scope) {
    return string(scope, REFUSAL_REASON);
  }

  public static String agreementReference(VariableScope scope) {
    return string(scope, AGREEMENT_REFERENCE);
  }

  /** the signing date, an ISO date string ("yyyy-mm-dd", a date-time is cut to its date) */
  public static LocalDate agreementSignedOn(VariableScope scope) {
    String s = string(scope, AGREEMENT_SIGNED_ON);
    return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
  }
}
