package ca.gc.cpa.selection;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.planning.PositionRole;
import ca.gc.cpa.planning.Rank;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each criterion alone, at and around its boundary; an ineligible nominee hears every reason. The UN's floors hold on a
 * UN mission whatever the plan says; a service's own minimums hold for its officers.
 */
class EligibilityRuleTest {

  static final LocalDate DEPLOYMENT = LocalDate.of(2027, 3, 1);
  static final LocalDate TOUR_END = DEPLOYMENT.plusMonths(12);

  final EligibilityRule rule = new EligibilityRule(SelectionFixture.properties(), SelectionFixture.registerProperties(),
      ca.gc.cpa.planning.PlanningFixture.properties());

  static Nominee good() {
    return new Nominee("rcmp", Rank.SGT, 12, 5, LocalDate.of(1985, 4, 2), List.of("FR", "EN"), 80, LocalDate.of(2005, 1, 1),
        true, false, LocalDate.of(2030, 1, 1), null);
  }

  static PositionRequirements patrol() {
    return new PositionRequirements(PositionRole.PATROL_MONITORING, Rank.CST, "FR", DEPLOYMENT, 12, 5, true);
  }

  static Nominee with(Nominee n, Rank rank, Integer years, LocalDate born, List<String> languages, Integer score,
      LocalDate licence, Boolean clear, Boolean investigation, LocalDate passport, LocalDate un) {
    return new Nominee(n.agencyCode(), rank != null ? rank : n.rank(), years != null ? years : n.yearsOfService(),
        n.manualDrivingYears(), born != null ? born : n.dateOfBirth(), languages != null ? languages : n.languages(),
        score != null ? score : n.unLanguageMark(), licence != null ? licence : n.licenceDate(),
        clear != null ? clear : n.disciplineClear(), investigation != null ? investigation : n.openInvestigation(),
        passport != null ? passport : n.passportExpiry(), un != null ? un : n.unAssessmentPassedOn());
  }

  EligibilityRule.Result assess(Nominee n) {
    return rule.assess(n, patrol());
  }

  @Test
  void aGoodNomineeIsEligible() {
    assertThat(assess(good())).satisfies(r -> {
      assertThat(r.eligible()).isTrue();
      assertThat(r.reasons()).isEmpty();
    });
  }

  @Test
  void yearsOfServiceAtLeastTheMissionsMinimum() {
    assertThat(assess(with(good(), null, 5, null, null, null, null, null, null, null, null)).eligible()).isTrue();
    assertThat(assess(with(good(), null, 4, null, null, null, null, null, null, null, null)).reasons())
        .containsExactly("4 years of service at deployment, at least 5 needed");
    var stricter = new PositionRequirements(PositionRole.PATROL_MONITORING, Rank.CST, "FR", DEPLOYMENT, 12, 10, true);
    assertThat(rule.assess(with(good(), null, 9, null, null, null, null, null, null, null, null), stricter).eligible()).isFalse();
    assertThat(rule.assess(with(good(), null, 10, null, null, null, null, null, null, null, null), stricter).eligible()).isTrue();
  }

  @Test
  void agedTwentyFiveToSixtyTwoAtDeployment() {
    assertThat(assess(with(good(), null, null, DEPLOYMENT.minusYears(25), null, null, null, null, null, null, null)).eligible()).isTrue();
    assertThat(assess(with(good(), null, null, DEPLOYMENT.minusYears(25).plusDays(1), null, null, null, null, null, null, null)).reasons())
        .containsExactly("aged 24 at deployment, 25 to 62 needed");
    assertThat(assess(with(good(), null, null, DEPLOYMENT.minusYears(63).plusDays(1), null, null, null, null, null, null, null)).eligible()).isTrue();
    assertThat(assess(with(good(), null, null, DEPLOYMENT.minusYears(63), null, null, null, null, null, null, null)).reasons())
        .containsExactly("aged 63 at deployment, 25 to 62 needed");
  }

  @Test
  void onAUnMissionTheMarkOfTheUnTestInTheMissionLanguageIsAtLeastSixty() {
    assertThat(assess(with(good(), null, null, null, null, 60, null, null, null, null, null)).eligible()).isTrue();
    assertThat(assess(with(good(), null, null, null, null, 59, null, null, null, null, null)).reasons())
        .containsExactly("UN language test mark 59% in FR, at least 60% needed");
    Nominee untested = new Nominee("rcmp", Rank.SGT, 12, 5, LocalDate.of(1985, 4, 2), List.of("FR"), null,
        LocalDate.of(2005, 1, 1), true, false, LocalDate.of(2030, 1, 1), null);
    assertThat(assess(untested)).as("no UN test yet: the assessment will test it")
        .satisfies(r -> assertThat(r.eligible()).isTrue()).satisfies(r -> assertThat(r.unAssessmentValid()).isFalse());
    assertThat(assess(with(good(), null, null, null, List.of("EN"), null, null, null, null, null, null)).reasons())
        .containsExactly("does not speak the mission language (FR)");
  }

  @Test
  void anEuOrBilateralMissionAsksNoUnMark() {
    var eu = new PositionRequirements(PositionRole.PATROL_MONITORING, Rank.CST, "FR", DEPLOYMENT, 12, 5, false);
    assertThat(rule.assess(with(good(), null, null, null, null, 40, null, null, null, null, null), eu).eligible()).isTrue();
  }

  @Test
  void theUnFloorOfFiveYearsHoldsWhateverThePlanSaysAndAPlanMayRaiseIt() {
    var lowered = new PositionRequirements(PositionRole.PATROL_MONITORING, Rank.CST, "FR", DEPLOYMENT, 12, 4, true);
    assertThat(rule.minYearsOfService(lowered)).isEqualTo(5);
    assertThat(rule.assess(with(good(), null, 4, null, null, null, null, null, null, null, null), lowered).reasons())
        .containsExactly("4 years of service at deployment, at least 5 needed (UN floor)");
    assertThat(rule.assess(with(good(), null, 5, null, null, null, null, null, null, null, null), lowered).eligible()).isTrue();
    var euLowered = new PositionRequirements(PositionRole.PATROL_MONITORING, Rank.CST, "FR", DEPLOYMENT, 12, 4, false);
    assertThat(rule.assess(with(good(), null, 4, null, null, null, null, null, null, null, null), euLowered).eligible())
        .as("the UN's floor is for UN missions").isTrue();
    var raised = new PositionRequirements(PositionRole.PATROL_MONITORING, Rank.CST, "FR", DEPLOYMENT, 12, 8, true);
    assertThat(rule.minYearsOfService(raised)).isEqualTo(8);
  }

  @Test
  void spvmsOwnScreeningAsksTenYearsAndTwoYearsDrivingAManualVehicle() {
    Nominee spvm = new Nominee("spvm", Rank.SGT, 10, 2, LocalDate.of(1985, 4, 2), List.of("FR"), 80,
        LocalDate.of(2005, 1, 1), true, false, LocalDate.of(2030, 1, 1), null);
    assertThat(assess(spvm).eligible()).isTrue();
    Nominee nine = new Nominee("spvm", Rank.SGT, 9, 1, LocalDate.of(1985, 4, 2), List.of("FR"), 80,
        LocalDate.of(2005, 1, 1), true, false, LocalDate.of(2030, 1, 1), null);
    assertThat(assess(nine).reasons()).containsExactly(
        "9 years of service, the service's own screening asks at least 10 (SPVM screening)",
        "1 years driving a manual vehicle, the service's own screening asks at least 2 (SPVM screening)");
    assertThat(assess(with(good(), null, 9, null, null, null, null, null, null, null, null)).eligible())
        .as("another service has no such minimum").isTrue();
  }

  @Test
  void licenceHeldAtLeastOneYearAtDeployment() {
    assertThat(assess(with(good(), null, null, null, null, null, DEPLOYMENT.minusYears(1), null, null, null, null)).eligible()).isTrue();
    assertThat(assess(with(good(), null, null, null, null, null, DEPLOYMENT.minusYears(1).plusDays(1), null, null, null, null)).reasons())
        .containsExactly("driving licence held less than 1 year(s) at deployment");
  }

  @Test
  void cleanRecordAndNoOpenInvestigation() {
    assertThat(assess(with(good(), null, null, null, null, null, null, false, null, null, null)).reasons())
        .containsExactly("disciplinary record not clear");
    assertThat(assess(with(good(), null, null, null, null, null, null, null, true, null, null)).reasons())
        .containsExactly("an investigation is open");
  }

  @Test
  void aCommandPostNeedsTheMinimumRankOtherPostsDoNot() {
    var command = new PositionRequirements(PositionRole.CONTINGENT_COMMANDER, Rank.INSP, "FR", DEPLOYMENT, 12, 5, true);
    assertThat(rule.assess(with(good(), Rank.INSP, null, null, null, null, null, null, null, null, null), command).eligible()).isTrue();
    assertThat(rule.assess(with(good(), Rank.SSGT, null, null, null, null, null, null, null, null, null), command).reasons())
        .containsExactly("rank S/Sgt below the command post's minimum Insp");
    var patrolWithRank = new PositionRequirements(PositionRole.PATROL_MONITORING, Rank.INSP, "FR", DEPLOYMENT, 12, 5, true);
    assertThat(rule.assess(with(good(), Rank.CST, null, null, null, null, null, null, null, null, null), patrolWithRank).eligible()).isTrue();
  }

  @Test
  void passportValidToTourEndPlusSixMonths() {
    LocalDate needed = TOUR_END.plusMonths(6);
    assertThat(assess(with(good(), null, null, null, null, null, null, null, null, needed, null)).eligible()).isTrue();
    assertThat(assess(with(good(), null, null, null, null, null, null, null, null, needed.minusDays(1), null)).reasons())
        .singleElement().asString().startsWith("passport expires before 2028-09-01");
  }

  @Test
  void aUnPassWithinTwentyFourMonthsIsReusedOtherwiseOneIsToBeTaken() {
    assertThat(assess(with(good(), null, null, null, null, null, null, null, null, null, DEPLOYMENT.minusMonths(24))))
        .satisfies(r -> assertThat(r.unAssessmentValid()).isTrue());
    assertThat(assess(with(good(), null, null, null, null, null, null, null, null, null, DEPLOYMENT.minusMonths(24).minusDays(1))))
        .satisfies(r -> {
          assertThat(r.unAssessmentValid()).isFalse();
          assertThat(r.eligible()).as("to be taken, not a reason to refuse").isTrue();
        });
    assertThat(assess(good()).unAssessmentValid()).isFalse();
  }

  @Test
  void everyFailedCriterionIsReported() {
    Nominee bad = new Nominee("rcmp", Rank.CST, 2, 0, DEPLOYMENT.minusYears(20), List.of("EN"), 40, DEPLOYMENT, false, true,
        DEPLOYMENT, null);
    assertThat(assess(bad).reasons()).hasSize(8);
  }
}
