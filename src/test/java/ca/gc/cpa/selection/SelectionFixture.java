package ca.gc.cpa.selection;

import ca.gc.cpa.domain.EffectLedger;
import ca.gc.cpa.domain.AgencyRepository;
import ca.gc.cpa.domain.BusinessKeys;
import ca.gc.cpa.domain.Mission;
import ca.gc.cpa.domain.MissionRepository;
import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.domain.OfficerRepository;
import ca.gc.cpa.domain.TourRepository;
import ca.gc.cpa.planning.MissionPlanRepository;
import ca.gc.cpa.planning.PositionProfile;
import ca.gc.cpa.planning.PositionRole;
import ca.gc.cpa.planning.Rank;
import ca.gc.cpa.support.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Business tables and the real rule-backed beans of candidate selection, registered for the process engine. */
public final class SelectionFixture {

  public static final String MISSION_KEY = "MSN-MINUSMA-2026";

  public final JdbcClient db;
  public final MissionRepository missions;
  public final MissionPlanRepository plans;
  public final NominationRepository nominations;
  public final TourRepository tours;
  public final OfficerRepository officers;
  public final AgencyRepository agencies;
  public final OfficerRegister register;

  /** the UN's floor of 5 years; SPVM's own screening: 10 years of service, 2 years driving a manual vehicle */
  public static RegisterProperties registerProperties() {
    return new RegisterProperties(60, java.util.Map.of("spvm",
        new RegisterProperties.ServiceMinimum(10, 2, "SPVM screening")));
  }

  public static SelectionProperties properties() {
    return new SelectionProperties("P14D", "P30D", 25, 62, 60, 1, 6, 24, 3, 20, 2.0, 0);
  }

  public SelectionFixture() throws Exception {
    DataSource dataSource = TestDatabase.fresh();
    db = JdbcClient.create(dataSource);
    missions = new MissionRepository(db);
    plans = new MissionPlanRepository(db);
    nominations = new NominationRepository(db);
    tours = new TourRepository(db);
    officers = new OfficerRepository(db);
    agencies = new AgencyRepository(db);
    register = new OfficerRegister(db, officers, new ca.gc.cpa.domain.WhoIsWhere(db), properties());
    // two services answer the call in these tests: the RCMP and the SPVM
    db.sql("UPDATE agency SET active = FALSE WHERE code NOT IN ('rcmp', 'spvm')").update();
    missions.create(new Mission(MISSION_KEY, "MINUSMA", "MINUSMA", "REQ-2026-0001", 20, MissionStatus.OPEN,
        LocalDate.of(2026, 10, 1), null));
    plans.savePositions(MISSION_KEY, List.of(
        new PositionProfile(PositionRole.PATROL_MONITORING, Rank.CST, "FR", true, 1),
        new PositionProfile(PositionRole.CONTINGENT_COMMANDER, Rank.SUPT, "FR", true, 1)));
    // tours of 12 months, high stress, 5 years of service at least
    plans.recordPlan(MISSION_KEY, 12, LocalDate.of(2027, 4, 1), 8, true, 5);
    SelectionProperties properties = properties();
    EffectLedger ledger = new EffectLedger(dataSource, "test");
    Mocks.register("selectionAgencies", new SelectionAgencies(agencies));
    Mocks.register("selectionTimers", new SelectionTimers(properties));
    Mocks.register("openSelection", new OpenSelection(plans, nominations));
    Mocks.register("nominateOfficerCheck", new NominateOfficerCheck(register));
    Mocks.register("officerChoices", new OfficerChoices(register));
    Mocks.register("recordUnAssessmentCheck", new RecordUnAssessmentCheck());
    Mocks.register("confirmSelectionCheck", new ConfirmSelectionCheck());
    Mocks.register("recordNomination", new RecordNomination(register, nominations));
    Mocks.register("checkRelease", new CheckRelease(agencies, tours, nominations, properties));
    Mocks.register("checkEligibility", new CheckEligibility(nominations, plans, register, properties, registerProperties(),
        ca.gc.cpa.planning.PlanningFixture.properties()));
    Mocks.register("recordClearance", new RecordClearance(nominations, register, registerProperties()));
    Mocks.register("prepareUnAssessment", new PrepareUnAssessment(properties));
    Mocks.register("recordScreening", new RecordScreening(nominations, register, properties));
    Mocks.register("chooseCandidate", new ChooseCandidate(nominations, officers, properties));
    Mocks.register("makeOffer", new MakeOffer(nominations));
    Mocks.register("sendNomination", new SendNomination(nominations, ledger));
    Mocks.register("setAsideCandidate", new SetAsideCandidate(nominations));
    Mocks.register("startDeployment", new StartDeployment(nominations, plans, officers, tours, new BusinessKeys(dataSource), ledger));
  }
}
