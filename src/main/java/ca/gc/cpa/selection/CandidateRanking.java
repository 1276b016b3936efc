package ca.gc.cpa.selection;

import java.util.Comparator;
import java.util.List;

/**
 * Ranks eligible, cleared, recommended nominees: a strong recommendation first, then the higher
 * interview score, then the higher language score, then more years of service, then the earlier
 * nomination.
 */
public final class CandidateRanking {

  public static final String STRONGLY_RECOMMENDED = "STRONGLY_RECOMMENDED";
  public static final String RECOMMENDED = "RECOMMENDED";
  public static final String NOT_RECOMMENDED = "NOT_RECOMMENDED";

  static final Comparator<Candidate> ORDER = Comparator
      .comparing((Candidate c) -> STRONGLY_RECOMMENDED.equals(c.recommendation()) ? 0 : 1)
      .thenComparing(Candidate::interviewScore, Comparator.reverseOrder())
      .thenComparing(Candidate::languageScore, Comparator.reverseOrder())
      .thenComparing(Candidate::yearsOfService, Comparator.reverseOrder())
      .thenComparing(Candidate::nominationId);

  private CandidateRanking() {}

  public static List<Candidate> rank(List<Candidate> candidates) {
    return candidates.stream().filter(c -> !NOT_RECOMMENDED.equals(c.recommendation())).sorted(ORDER).toList();
  }

  /** share of women among nominees, in whole percent (0 when there is no nominee) */
  public static int womenSharePercent(int women, int nominees) {
    return nominees == 0 ? 0 : (int) Math.round(100.0 * women / nominees);
  }
}
