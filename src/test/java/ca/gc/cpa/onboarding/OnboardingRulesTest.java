package ca.gc.cpa.onboarding;

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
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return FormValues.of(map, TODAY);
  }

  static List<String> fields(List<FieldViolation> violations) {
    return violations.stream().map(FieldViolation::field).toList();
  }

  @Test
  void aNewCodeAndANewAccountPass() {
    assertThat(rules.checkRequest(values("agencyCode", "bpd", "coordinatorUserId", "j.roy", "swornStrength", 1)))
        .isEmpty();
  }

  @Test
  void theCodeOfAPartnerServiceIsRefusedWhateverItsCase() {
    List<FieldViolation> v = rules.checkRequest(values("agencyCode", "SPVM", "coordinatorUserId", "j.roy"));
    assertThat(fields(v)).containsExactly("agencyCode");
    assertThat(v.get(0).message()).contains("spvm");
  }

  @Test
  void aCodeWithAnApplicationUnderWayIsRefused() {
    assertThat(fields(rules.checkRequest(values("agencyCode", "wrps", "coordinatorUserId", "j.roy"))))
        .containsExactly("agencyCode");
  }

  @Test
  void anExistingAccountOrOneAskedForElsewhereIsRefused() {
    assertThat(fields(rules.checkRequest(values("agencyCode", "bpd", "coordinatorUserId", "gina"))))
        .containsExactly("coordinatorUserId");
    assertThat(fields(rules.checkRequest(values("agencyCode", "bpd", "coordinatorUserId", "w.lee"))))
        .containsExactly("coordinatorUserId");
  }

  @Test
  void aFractionOfAnOfficerIsRefused() {
    assertThat(fields(rules.checkRequest(values("agencyCode", "bpd", "coordinatorUserId", "j.roy", "swornStrength", 10.5))))
        .containsExactly("swornStrength");
  }

  @Test
  void aRefusalNeedsItsReason() {
    assertThat(fields(rules.checkReview(values("decision", "REFUSE"), 7L))).containsExactly("refusalReason");
    assertThat(fields(rules.checkReview(values("decision", "REFUSE", "refusalReason", "  "), 7L)))
        .containsExactly("refusalReason");
    assertThat(rules.checkReview(values("decision", "REFUSE", "refusalReason", "No peace-operations capacity"), 7L))
        .isEmpty();
  }

  @Test
  void anApprovalIgnoresItsOwnApplicationButNotATakenCodeOrAccount() {
    assertThat(rules.checkReview(values("decision", "APPROVE", "agencyCode", "wrps", "coordinatorUserId", "w.lee"), 7L))
        .isEmpty();
    assertThat(fields(rules.checkReview(values("decision", "APPROVE", "agencyCode", "wrps", "coordinatorUserId", "w.lee"), 8L)))
        .containsExactly("agencyCode", "coordinatorUserId");
    assertThat(fields(rules.checkReview(values("decision", "APPROVE", "agencyCode", "spvm", "coordinatorUserId", "gina"), 7L)))
        .containsExactly("agencyCode", "coordinatorUserId");
  }

  @Test
  void aRefusalDoesNotCareWhetherTheCodeIsTaken() {
    assertThat(rules.checkReview(values("decision", "REFUSE", "refusalReason", "Already a partner",
        "agencyCode", "spvm"), 7L)).isEmpty();
  }

  @Test
  void anAgreementIsSignedTodayOrEarlier() {
    assertThat(rules.checkAgreement(values("agreementSignedOn", "2026-11-27"))).isEmpty();
    assertThat(rules.checkAgreement(values("agreementSignedOn", "2026-11-26"))).isEmpty();
    List<FieldViolation> v = rules.checkAgreement(values("agreementSignedOn", "2026-11-28"));
    assertThat(fields(v)).containsExactly("agreementSignedOn");
    assertThat(v.get(0).message()).contains("future");
  }
}
