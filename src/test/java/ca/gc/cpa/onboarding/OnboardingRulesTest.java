package ca.gc.cpa.onboarding;

import static ca.gc.cpa.process.AgencyOnboardingProcess.AGENCY_CODE;
import static ca.gc.cpa.process.AgencyOnboardingProcess.AGREEMENT_SIGNED_ON;
import static ca.gc.cpa.process.AgencyOnboardingProcess.COORDINATOR_USER_ID;
import static ca.gc.cpa.process.AgencyOnboardingProcess.DECISION;
import static ca.gc.cpa.process.AgencyOnboardingProcess.REFUSAL_REASON;
import static ca.gc.cpa.process.AgencyOnboardingProcess.SWORN_STRENGTH;
import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.forms.FieldViolation;
import ca.gc.cpa.forms.FormValues;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OnboardingRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  /** services spvm, accounts gina, an application under way (id 7) for code wrps and account w.lee */
  static final OnboardingRules.Registry REGISTRY = new OnboardingRules.Registry() {
    @Override
    public boolean agencyExists(String code) {
      return Set.of("spvm").contains(code);
    }

    @Override
    public boolean userExists(String userId) {
      return Set.of("gina").contains(userId);
    }

    @Override
    public boolean openApplicationForCode(String code, Long exceptApplicationId) {
      return code.equals("wrps") && !Long.valueOf(7).equals(exceptApplicationId);
    }

    @Override
    public boolean openApplicationForUser(String userId, Long exceptApplicationId) {
      return userId.equals("w.lee") && !Long.valueOf(7).equals(exceptApplicationId);
    }
  };

  final OnboardingRules rules = new OnboardingRules(REGISTRY);

  static FormValues values(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i].toString(), keyValues[i + 1]);
    }
    return FormValues.of(map, TODAY);
  }

  static List<String> fields(List<FieldViolation> violations) {
    return violations.stream().map(FieldViolation::field).toList();
  }

  @Test
  void aNewCodeAndANewAccountPass() {
    assertThat(rules.checkRequest(values(AGENCY_CODE.name(), "bpd", COORDINATOR_USER_ID.name(), "j.roy", SWORN_STRENGTH.name(), 1)))
        .isEmpty();
  }

  @Test
  void theCodeOfAPartnerServiceIsRefusedWhateverItsCase() {
    List<FieldViolation> v = rules.checkRequest(values(AGENCY_CODE.name(), "SPVM", COORDINATOR_USER_ID.name(), "j.roy"));
    assertThat(fields(v)).containsExactly(AGENCY_CODE.name());
    assertThat(v.get(0).message()).contains("spvm");
  }

  @Test
  void aCodeWithAnApplicationUnderWayIsRefused() {
    assertThat(fields(rules.checkRequest(values(AGENCY_CODE.name(), "wrps", COORDINATOR_USER_ID.name(), "j.roy"))))
        .containsExactly(AGENCY_CODE.name());
  }

  @Test
  void anExistingAccountOrOneAskedForElsewhereIsRefused() {
    assertThat(fields(rules.checkRequest(values(AGENCY_CODE.name(), "bpd", COORDINATOR_USER_ID.name(), "gina"))))
        .containsExactly(COORDINATOR_USER_ID.name());
    assertThat(fields(rules.checkRequest(values(AGENCY_CODE.name(), "bpd", COORDINATOR_USER_ID.name(), "w.lee"))))
        .containsExactly(COORDINATOR_USER_ID.name());
  }

  @Test
  void aFractionOfAnOfficerIsRefused() {
    assertThat(fields(rules.checkRequest(values(AGENCY_CODE.name(), "bpd", COORDINATOR_USER_ID.name(), "j.roy", SWORN_STRENGTH.name(), 10.5))))
        .containsExactly(SWORN_STRENGTH.name());
  }

  @Test
  void aRefusalNeedsItsReason() {
    assertThat(fields(rules.checkReview(values(DECISION.name(), "REFUSE"), 7L))).containsExactly(REFUSAL_REASON.name());
    assertThat(fields(rules.checkReview(values(DECISION.name(), "REFUSE", REFUSAL_REASON.name(), "  "), 7L)))
        .containsExactly(REFUSAL_REASON.name());
    assertThat(rules.checkReview(values(DECISION.name(), "REFUSE", REFUSAL_REASON.name(), "No peace-operations capacity"), 7L))
        .isEmpty();
  }

  @Test
  void anApprovalIgnoresItsOwnApplicationButNotATakenCodeOrAccount() {
    assertThat(rules.checkReview(values(DECISION.name(), "APPROVE", AGENCY_CODE.name(), "wrps", COORDINATOR_USER_ID.name(), "w.lee"), 7L))
        .isEmpty();
    assertThat(fields(rules.checkReview(values(DECISION.name(), "APPROVE", AGENCY_CODE.name(), "wrps", COORDINATOR_USER_ID.name(), "w.lee"), 8L)))
        .containsExactly(AGENCY_CODE.name(), COORDINATOR_USER_ID.name());
    assertThat(fields(rules.checkReview(values(DECISION.name(), "APPROVE", AGENCY_CODE.name(), "spvm", COORDINATOR_USER_ID.name(), "gina"), 7L)))
        .containsExactly(AGENCY_CODE.name(), COORDINATOR_USER_ID.name());
  }

  @Test
  void aRefusalDoesNotCareWhetherTheCodeIsTaken() {
    assertThat(rules.checkReview(values(DECISION.name(), "REFUSE", REFUSAL_REASON.name(), "Already a partner",
        AGENCY_CODE.name(), "spvm"), 7L)).isEmpty();
  }

  @Test
  void anAgreementIsSignedTodayOrEarlier() {
    assertThat(rules.checkAgreement(values(AGREEMENT_SIGNED_ON.name(), "2026-11-27"))).isEmpty();
    assertThat(rules.checkAgreement(values(AGREEMENT_SIGNED_ON.name(), "2026-11-26"))).isEmpty();
    List<FieldViolation> v = rules.checkAgreement(values(AGREEMENT_SIGNED_ON.name(), "2026-11-28"));
    assertThat(fields(v)).containsExactly(AGREEMENT_SIGNED_ON.name());
    assertThat(v.get(0).message()).contains("future");
  }
}
