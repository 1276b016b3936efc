package ca.gc.cpa.onboarding;

import static ca.gc.cpa.process.AgencyOnboardingProcess.AGENCY_CODE;
import static ca.gc.cpa.process.AgencyOnboardingProcess.AGREEMENT_SIGNED_ON;
import static ca.gc.cpa.process.AgencyOnboardingProcess.APPROVE;
import static ca.gc.cpa.process.AgencyOnboardingProcess.COORDINATOR_USER_ID;
import static ca.gc.cpa.process.AgencyOnboardingProcess.DECISION;
import static ca.gc.cpa.process.AgencyOnboardingProcess.REFUSAL_REASON;
import static ca.gc.cpa.process.AgencyOnboardingProcess.REFUSE;
import static ca.gc.cpa.process.AgencyOnboardingProcess.SWORN_STRENGTH;

import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The domain rules of the onboarding forms, beyond what the forms declare: a service code and a
 * coordinator account that are not taken, a reason for a refusal, an agreement not signed in the
 * future. No Camunda here: what is taken comes from a {@link Registry}.
 */
public final class OnboardingRules {

  /** What already exists: services, accounts, applications on their way. */
  public interface Registry {
    boolean agencyExists(String code);

    boolean userExists(String userId);

    /** another application on its way for this code (not the one with id {@code exceptApplicationId}) */
    boolean openApplicationForCode(String code, Long exceptApplicationId);

    /** another application on its way for this coordinator account */
    boolean openApplicationForUser(String userId, Long exceptApplicationId);
  }

  private final Registry registry;

  public OnboardingRules(Registry registry) {
    this.registry = registry;
  }

  /** The start form: the service code and the coordinator's account must be free. */
  public List<FieldViolation> checkRequest(FormValues values) {
    List<FieldViolation> out = new ArrayList<>();
    if (values.wasSubmitted(SWORN_STRENGTH.name()) && values.value(SWORN_STRENGTH).isEmpty()) {
      out.add(new FieldViolation(SWORN_STRENGTH, "must be a whole number of officers"));
    }
    out.addAll(checkFree(values, null));
    return out;
  }

  /** The review: a refusal needs its reason; an approval needs the code and account still free. */
  public List<FieldViolation> checkReview(FormValues values, Long applicationId) {
    List<FieldViolation> out = new ArrayList<>();
    Optional<String> decision = values.value(DECISION);
    if (decision.filter(REFUSE::equals).isPresent() && values.value(REFUSAL_REASON).isEmpty()) {
      out.add(new FieldViolation(REFUSAL_REASON, "is required when the application is refused (Reason for the refusal)"));
    }
    if (decision.filter(APPROVE::equals).isPresent()) {
      out.addAll(checkFree(values, applicationId));
    }
    return out;
  }

  /** The agreement: signed today or earlier. */
  public List<FieldViolation> checkAgreement(FormValues values) {
    return values.value(AGREEMENT_SIGNED_ON)
        .filter(d -> d.isAfter(values.today()))
        .map(d -> List.of(new FieldViolation(AGREEMENT_SIGNED_ON, "must not be in the future (signed on " + d + ")")))
        .orElse(List.of());
  }

  private List<FieldViolation> checkFree(FormValues values, Long applicationId) {
    List<FieldViolation> out = new ArrayList<>();
    values.value(AGENCY_CODE).map(c -> c.toLowerCase(Locale.ROOT)).ifPresent(code -> {
      if (registry.agencyExists(code)) {
        out.add(new FieldViolation(AGENCY_CODE, "'" + code + "' is already the code of a partner service"));
      } else if (registry.openApplicationForCode(code, applicationId)) {
        out.add(new FieldViolation(AGENCY_CODE, "another application for '" + code + "' is under way"));
      }
    });
    values.value(COORDINATOR_USER_ID).ifPresent(userId -> {
      if (registry.userExists(userId)) {
        out.add(new FieldViolation(COORDINATOR_USER_ID, "the account '" + userId + "' already exists; choose another"));
      } else if (registry.openApplicationForUser(userId, applicationId)) {
        out.add(new FieldViolation(COORDINATOR_USER_ID, "the account '" + userId + "' is asked for by another application"));
      }
    });
    return out;
  }
}
