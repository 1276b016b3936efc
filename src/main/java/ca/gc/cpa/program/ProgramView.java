package ca.gc.cpa.program;

import ca.gc.cpa.cap.ProgramHeadroom;
import ca.gc.cpa.domain.Agency;
import ca.gc.cpa.domain.AgencyRepository;
import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.planning.PlanningProperties;
import ca.gc.cpa.selection.ReleaseRule;
import ca.gc.cpa.selection.SelectionProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The program at a glance, for the whole program or for one partner service (its own officers and
 * totals only): who is abroad, where, from which services, women, what comes up, money, the history
 * month by month (the forecast: {@link CapacityOutlook}). Figures come from the business records ({@link
 * ProgramRecords}); the few in-mission ones from {@link InMissionEvents}.
 */
@Service
public class ProgramView {

  /** whose figures: the whole program, or only the officers of the given services */
  public record Scope(List<String> agencies) {
    public static final Scope PROGRAM = new Scope(null);

    public boolean wholeProgram() {
      return agencies == null;
    }

    boolean covers(String agencyCode) {
      return agencies == null || agencies.contains(agencyCode);
    }
  }

  public record Figures(LocalDate asOf, String scope, Integer cap, int abroad, Integer committedCeilings, Integer headroom,
      Women women, List<MissionLine> missions, List<ServiceLine> services, Map<String, Integer> byRank,
      Map<String, Integer> byRole, ComingUp comingUp, Money money, List<AbroadRule.Month> history) {}

  public record Women(int abroad, int women, Double sharePercent, int targetPercent, boolean targetMet,
      List<WomenShareRule.Rotation> perRotation) {}

  /** ceiling, vacancies and budget are the program's: null in a partner service's view */
  public record MissionLine(String businessKey, String name, MissionStatus status, Integer ceiling, int abroad, int filled,
      Integer vacancies, ComingUpRule.NextRotation nextRotation, LocalDate nextEvaluationOn, Long budgetToDate,
      long spentToDate) {}

  public record ServiceLine(String agencyCode, String name, int abroad, int committed, int releaseLimit,
      int releasedThisFiscalYear) {}

  public record Ending(String tourBusinessKey, String officer, String agencyCode, String missionBusinessKey,
      LocalDate tourEndOn) {}

  public record ComingUp(Map<Integer, Integer> toursEnding, List<Ending> toursEndingList,
      List<ComingUpRule.NextRotation> rotationsOpening, List<String> extensionsToDecide, List<String> lateReports,
      List<String> openIncidents) {}

  public record Money(String fiscalYear, LocalDate from, LocalDate to, Long envelope, long spentThisFiscalYear,
      Long envelopeLeft, Map<String, BigDecimal> recoveriesOwed, BigDecimal recoveriesOwedTotal) {}

  private final ProgramRecords records;
  private final AgencyRepository agencies;
  private final InMissionEvents inMission;
  private final MissionTimers missionTimers;
  private final ProgramHeadroom headroom;
  private final ProgramViewProperties properties;
  private final WomenShareRule women;
  private final ReleaseRule release;
  private final MoneyRule money;

  public ProgramView(ProgramRecords records, AgencyRepository agencies, InMissionEvents inMission,
      MissionTimers missionTimers, ProgramHeadroom headroom, ProgramViewProperties properties,
      SelectionProperties selection, PlanningProperties planning) {
    this.records = records;
    this.agencies = agencies;
    this.inMission = inMission;
    this.missionTimers = missionTimers;
    this.headroom = headroom;
    this.properties = properties;
    this.women = new WomenShareRule(selection.womenTargetPercent());
    this.release = new ReleaseRule(selection);
    this.money = new MoneyRule(planning.annualRateByRank(), planning.monthlyMissionAllowance());
  }

  public Figures figures(Scope scope) {
    LocalDate today = EngineClock.today();
    boolean whole = scope.wholeProgram();
    List<TourRecord> tours = records.tours(scope.agencies());
    List<TourRecord> abroad = AbroadRule.on(tours, today);
    var cap = whole ? headroom.now() : null;

    int womenAbroad = (int) abroad.stream().filter(TourRecord::woman).count();
    Women womenFigures = new Women(abroad.size(), womenAbroad, WomenShareRule.percent(womenAbroad, abroad.size()),
        women.targetPercent(), women.meetsTarget(womenAbroad, abroad.size()),
        women.perRotation(records.nominees(scope.agencies())));

    List<ProgramRecords.MissionRow> missionRows = records.missions();
    Map<String, List<TourRecord>> toursByMission = tours.stream()
        .collect(Collectors.groupingBy(TourRecord::missionBusinessKey));
    Map<String, LocalDate> evaluations = missionTimers.nextEvaluations();
    List<MissionLine> missions = new ArrayList<>();
    List<ComingUpRule.NextRotation> nextRotations = new ArrayList<>();
    for (ProgramRecords.MissionRow m : missionRows) {
      List<TourRecord> own = toursByMission.getOrDefault(m.businessKey(), List.of());
      if (!whole && own.isEmpty()) {
        continue;
      }
      int filled = (int) own.stream().filter(t -> t.status().isOnMission()).count();
      var next = ComingUpRule.nextRotation(m.businessKey(), m.status(), m.firstDeployment(), m.tourMonths(),
          m.rotationLeadWeeks(), today);
      if (whole) {
        nextRotations.add(next);
      }
      int rotationsBegun = (int) own.stream().filter(t -> t.arrivedOn() != null).map(TourRecord::rotation).distinct().count();
      missions.add(new MissionLine(m.businessKey(), m.name(), m.status(), whole ? m.ceiling() : null,
          (int) own.stream().filter(t -> t.abroadOn(today)).count(), filled,
          whole ? vacancies(m.status(), m.ceiling(), filled) : null, next, evaluations.get(m.businessKey()),
          whole ? MoneyRule.budgetToDate(m.budgetEstimate(), rotationsBegun) : null,
          money.spent(own, LocalDate.MIN, today, today)));
    }

    FiscalYear year = FiscalYear.containing(today, properties.fiscalYearStartMonth());
    Map<String, List<TourRecord>> toursByService = tours.stream().collect(Collectors.groupingBy(TourRecord::agencyCode));
    List<ServiceLine> services = new ArrayList<>();
    for (Agency a : agencies.findActive()) {
      if (!scope.covers(a.code())) {
        continue;
      }
      List<TourRecord> own = toursByService.getOrDefault(a.code(), List.of());
      services.add(new ServiceLine(a.code(), a.name(), count(own, t -> t.abroadOn(today)),
          count(own, t -> t.status().isAbroadOrCommitted()), release.limit(a.swornStrength()),
          count(own, t -> year.contains(t.arrivedOn()))));
    }

    Map<Integer, Integer> ending = new LinkedHashMap<>();
    properties.comingUpDays().stream().sorted()
        .forEach(days -> ending.put(days, ComingUpRule.toursEnding(tours, today, days).size()));
    List<Ending> endingList = ComingUpRule.toursEnding(tours, today, properties.longestComingUpDays()).stream()
        .map(t -> new Ending(t.businessKey(), t.officer(), t.agencyCode(), t.missionBusinessKey(), t.tourEndOn())).toList();
    InMissionEvents.Open open = inMission.open();
    Set<String> visible = tours.stream().map(TourRecord::businessKey).collect(Collectors.toSet());
    ComingUp comingUp = new ComingUp(ending, endingList,
        ComingUpRule.rotationsOpening(nextRotations, today, properties.longestComingUpDays()),
        visibleOnly(open.extensionsToDecide(), visible, whole), visibleOnly(open.lateReports(), visible, whole),
        visibleOnly(open.openIncidents(), visible, whole));

    long spentThisYear = money.spent(tours, year.start(), year.end(), today);
    Map<String, BigDecimal> owed = MoneyRule.owedPerService(records.recoveries(scope.agencies()), year);
    Money moneyFigures = new Money(year.label(), year.start(), year.lastDay(), whole ? properties.yearlyEnvelope() : null,
        spentThisYear, whole ? properties.yearlyEnvelope() - spentThisYear : null, owed,
        owed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));

    return new Figures(today, whole ? "program" : "agency:" + String.join(",", scope.agencies()),
        whole ? cap.cap() : null, abroad.size(), whole ? cap.committed() : null, whole ? cap.headroom() : null,
        womenFigures, missions, services, AbroadRule.by(tours, today, TourRecord::rank),
        AbroadRule.by(tours, today, TourRecord::role), comingUp, moneyFigures, AbroadRule.monthly(tours, today));
  }

  /** the tours the scope covers, for the export */
  public List<TourRecord> tours(Scope scope) {
    return records.tours(scope.agencies());
  }

  private static List<String> visibleOnly(List<String> tourKeys, Set<String> visible, boolean whole) {
    return whole ? tourKeys : tourKeys.stream().filter(visible::contains).toList();
  }

  private static int count(List<TourRecord> tours, Predicate<TourRecord> which) {
    return (int) tours.stream().filter(which).count();
  }

  /** the positions left to fill: an open mission's ceiling less its officers on the mission; none once it closes */
  static int vacancies(MissionStatus status, int ceiling, int onMission) {
    return status == MissionStatus.OPEN ? Math.max(0, ceiling - onMission) : 0;
  }
}
