package ca.gc.cpa.process;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Process {@code agency-onboarding}: a police service asks to join the CPA (start form requestToJoin), the RCMP
 * reviews the application, GAC records the joining agreement, and the service gets its group and coordinator. The
 * application's row (table agency_application, {@link #APPLICATION_ID}) is the record of what was decided.
 */
public final class AgencyOnboardingProcess {

  public static final String KEY = "agency-onboarding";
  public static final String BUSINESS_KEY_PREFIX = "AGY-";

  // start form requestToJoin
  public static final Variable<String> SERVICE_NAME = Variable.text("serviceName");
  public static final Variable<String> AGENCY_CODE = Variable.text("agencyCode");
  public static final Variable<String> PROVINCE = Variable.text("province");
  public static final Variable<String> KIND = Variable.text("kind");
  public static final Variable<Integer> SWORN_STRENGTH = Variable.integer("swornStrength");
  public static final Variable<String> COORDINATOR_GIVEN_NAME = Variable.text("coordinatorGivenName");
  public static final Variable<String> COORDINATOR_FAMILY_NAME = Variable.text("coordinatorFamilyName");
  public static final Variable<String> COORDINATOR_EMAIL = Variable.text("coordinatorEmail");
  public static final Variable<String> COORDINATOR_USER_ID = Variable.text("coordinatorUserId");
  // set by Record the application
  public static final Variable<Long> APPLICATION_ID = Variable.longInteger("applicationId");
  // task Review the application (the model routes on the decision)
  public static final Variable<String> DECISION = Variable.text("decision");
  public static final String APPROVE = "APPROVE";
  public static final String REFUSE = "REFUSE";
  public static final Variable<String> REFUSAL_REASON = Variable.text("refusalReason");
  // task Record the joining agreement
  public static final Variable<String> AGREEMENT_REFERENCE = Variable.text("agreementReference");
  public static final Variable<java.time.LocalDate> AGREEMENT_SIGNED_ON = Variable.date("agreementSignedOn");

  private AgencyOnboardingProcess() {}

  public static String businessKey(String agencyCode) {
    return BUSINESS_KEY_PREFIX + agencyCode.toLowerCase(Locale.ROOT);
  }

  /** the service's code as the program keeps it: lower case */
  public static String agencyCode(VariableScope scope) {
    return AGENCY_CODE.from(scope).toLowerCase(Locale.ROOT);
  }

  public static boolean approved(VariableScope scope) {
    return DECISION.in(scope).filter(APPROVE::equals).isPresent();
  }

  /** What the start form requestToJoin sends: the application. */
  public record Start(String serviceName, String agencyCode, String province, String kind, int swornStrength,
      String coordinatorGivenName, String coordinatorFamilyName, String coordinatorEmail, String coordinatorUserId) {

    /** the start's variables, in the order of the form (a map the caller may change, e.g. to leave a field out) */
    public Map<String, Object> variables() {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put(SERVICE_NAME.name(), serviceName);
      v.put(AGENCY_CODE.name(), agencyCode);
      v.put(PROVINCE.name(), province);
      v.put(KIND.name(), kind);
      v.put(SWORN_STRENGTH.name(), swornStrength);
      v.put(COORDINATOR_GIVEN_NAME.name(), coordinatorGivenName);
      v.put(COORDINATOR_FAMILY_NAME.name(), coordinatorFamilyName);
      v.put(COORDINATOR_EMAIL.name(), coordinatorEmail);
      v.put(COORDINATOR_USER_ID.name(), coordinatorUserId);
      return v;
    }
  }
}
