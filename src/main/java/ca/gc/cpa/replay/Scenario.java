package ca.gc.cpa.replay;

import ca.gc.cpa.process.MissionProcess;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The choices people make along the pipeline, deterministic from a seed: which requests ministers decline,
 * which services nominate whom, who is unfit, who fails training, who extends. {@link #happyPath()} makes
 * every choice the one that carries a request straight to a completed tour.
 */
public final class Scenario {

  /** one officer a partner service registers and nominates */
  public record Nominee(String serviceNumber, String givenName, String familyName, String rank, String gender,
      LocalDate dateOfBirth, LocalDate serviceStart, List<String> languages, LocalDate licenceDate,
      LocalDate manualSince) {}

  private static final String[] WOMEN = {"Marie", "Sophie", "Julie", "Emma", "Nadia", "Chloé", "Sarah", "Amélie", "Karen", "Aisha"};
  private static final String[] MEN = {"Marc", "Luc", "David", "Jean", "Michael", "Samuel", "Omar", "Pierre", "Ryan", "Daniel"};
  private static final String[] FAMILY = {"Roy", "Tremblay", "Gagnon", "Smith", "Martin", "Côté", "Bouchard", "Wilson",
      "Lee", "Morin", "Singh", "Brown", "Pelletier", "Campbell", "Nguyen", "Fortin", "Leblanc", "MacDonald"};
  private static final String[] ROLES = {"PATROL_MONITORING", "TRAINING_MENTORING", "MAJOR_CRIME_INVESTIGATION",
      "SGBV_SPECIALIST", "ELECTION_SECURITY", "ORGANIZED_CRIME_SPECIALIST"};
  private static final String[] RANKS = {"CST", "CST", "CPL", "SGT", "SGT", "SSGT", "INSP"};

  private final Random random;
  private final double nominate;
  private final double women;
  private final double decline;
  private final double visit;
  private final double ineligible;
  private final double unfit;
  private final double trainingFailure;
  private final double extension;
  private final Set<String> nominatingAgencies;
  private final int maxPositions;
  private final Map<String, LocalDate> missionEnds = new HashMap<>();
  /** the in-mission events, drawn from a generator of their own: they do not shift the pipeline's draws */
  private final Random inMissionRandom;
  private final boolean eventsHappen;
  private final Map<String, InMission> inMission = new HashMap<>();
  private int serial;
  /** officers nominated again, and when: longer than a nomination window stays open */
  private final Map<String, LocalDate> picked = new HashMap<>();
  private static final int PICK_MEMORY_DAYS = 60;

  private Scenario(long seed, double nominate, double women, double decline, double visit, double ineligible, double unfit,
      double trainingFailure, double extension, Set<String> nominatingAgencies, int maxPositions) {
    this.random = new Random(seed);
    this.nominate = nominate;
    this.women = women;
    this.decline = decline;
    this.visit = visit;
    this.ineligible = ineligible;
    this.unfit = unfit;
    this.trainingFailure = trainingFailure;
    this.extension = extension;
    this.nominatingAgencies = nominatingAgencies;
    this.maxPositions = maxPositions;
    this.inMissionRandom = new Random(seed * 31 + 7);
    this.eventsHappen = nominatingAgencies == null;
  }

  /** straight through: only the RCMP nominates, one officer per position, everyone fit and trained */
  public static Scenario happyPath() {
    return new Scenario(1, 1.0, 1.0, 0, 0, 0, 0, 0, 0, Set.of("rcmp"), 1);
  }

  /** realistic proportions over two decades */
  public static Scenario realistic(long seed, int maxPositions) {
    return new Scenario(seed, 0.2, 0.3, 0.08, 0.15, 0.06, 0.05, 0.04, 0.12, null, maxPositions);
  }

  /** the replay says when a mission should close: IPOB's evaluations say CLOSE from that date on */
  public void missionEnds(String missionName, LocalDate end) {
    missionEnds.put(missionName, end);
  }

  public synchronized int nextInt(int bound) {
    return random.nextInt(bound);
  }

  synchronized boolean chance(double p) {
    return p > 0 && random.nextDouble() < p;
  }

  boolean assessmentVisit(String requestKey) {
    return chance(visit);
  }

  boolean declineRequest(String requestKey) {
    return chance(decline);
  }

  /**
   * the ceiling ministers set: what the RCMP can fill in one rotation (a ceiling above it would hold headroom
   * under the program's cap that no officer uses, and decline later requests for nothing)
   */
  int ceiling(String requestKey, int requested) {
    return nominatingAgencies != null ? requested : Math.min(requested, maxPositions);
  }

  private java.util.function.IntSupplier headroom;

  /** where the replay reads the program's headroom under the cap now (the ministers see it when they decide) */
  public void headroomFrom(java.util.function.IntSupplier supplier) {
    this.headroom = supplier;
  }

  java.util.Optional<Integer> headroom() {
    return headroom == null ? java.util.Optional.empty() : java.util.Optional.of(headroom.getAsInt());
  }

  int positions(String missionKey, int ceiling) {
    return Math.min(ceiling, maxPositions);
  }

  String role(String missionKey) {
    return ROLES[nextInt(ROLES.length)];
  }

  boolean highStress(String missionKey) {
    return chance(0.25);
  }

  String evaluation(String missionName, LocalDate today) {
    LocalDate end = missionEnds.get(missionName);
    if (end == null) {
      return nominatingAgencies != null ? MissionProcess.CLOSE : MissionProcess.CONTINUE;
    }
    return today.isBefore(end) ? MissionProcess.CONTINUE : MissionProcess.CLOSE;
  }

  Nominee nominee(String selectionKey, String agency, LocalDate today) {
    if (nominatingAgencies != null && !nominatingAgencies.contains(agency)) {
      return null;
    }
    if (!chance(nominate)) {
      return null;
    }
    boolean woman = chance(women);
    boolean tooJunior = chance(ineligible);
    int age = 30 + nextInt(22);
    int years = tooJunior ? 2 : 6 + nextInt(age - 28);
    String given = woman ? WOMEN[nextInt(WOMEN.length)] : MEN[nextInt(MEN.length)];
    String family = FAMILY[nextInt(FAMILY.length)];
    int number;
    synchronized (this) {
      number = ++serial;
    }
    return new Nominee(agency.toUpperCase() + "-" + (10000 + number), given, family, RANKS[nextInt(RANKS.length)],
        woman ? "F" : "M", today.minusYears(age).minusDays(nextInt(365)), today.minusYears(years).minusDays(nextInt(300)),
        nominatingAgencies != null || chance(0.6) ? List.of("EN", "FR") : List.of(chance(0.5) ? "FR" : "EN"),
        today.minusYears(10 + nextInt(10)), today.minusYears(2 + nextInt(10)));
  }

  /**
   * Which officer of the register a service nominates again, if any: an officer back from an earlier tour is
   * often asked again (so some serve two or three tours over the years); null: the service registers a new one.
   */
  synchronized String reuse(List<String> freeOfficerIds, LocalDate today) {
    // a form's choice is made when the call reaches the service: an officer picked since for another position is
    // still offered there, and the service (as a coordinator would) does not pick them twice
    List<String> free = freeOfficerIds.stream()
        .filter(id -> !picked.containsKey(id) || picked.get(id).isBefore(today.minusDays(PICK_MEMORY_DAYS))).toList();
    if (free.isEmpty() || !chance(0.5)) {
      return null;
    }
    String id = free.get(nextInt(free.size()));
    picked.put(id, today);
    return id;
  }

  /** the mark of a UN language test (most pass the 60% mark) */
  int unLanguageMark() {
    return 62 + nextInt(38);
  }

  /**
   * What happens to one officer in the mission, drawn once: leave (every officer takes some), a mid-tour UN
   * performance appraisal, an extension asked for some, and on the realistic path an incident (severity) and an
   * early return (kind) for a few.
   */
  public record InMission(boolean leave, String incidentSeverity, String earlyReturnKind, boolean extension) {}

  synchronized InMission inMission(String tourKey) {
    return inMission.computeIfAbsent(tourKey, k -> {
      if (!eventsHappen) {
        return new InMission(true, null, null, false);
      }
      double incident = inMissionRandom.nextDouble();
      String severity = incident < 0.07 ? "MINOR" : incident < 0.10 ? "SERIOUS" : incident < 0.12 ? "CRITICAL" : null;
      double early = inMissionRandom.nextDouble();
      String kind = early < 0.015 ? "COMPASSIONATE" : early < 0.025 ? "MEDICAL" : early < 0.03 ? "DISCIPLINARY"
          : early < 0.035 ? "PERFORMANCE" : null;
      return new InMission(true, severity, kind, kind == null && inMissionRandom.nextDouble() < extension);
    });
  }

  boolean unfit(String selectionKey) {
    return chance(unfit);
  }

  boolean trainingFailure(String tourKey, int attempts) {
    return chance(trainingFailure);
  }

}
