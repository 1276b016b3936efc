package ca.gc.cpa.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateRankingTest {

  static Candidate c(long id, String rec, int interview, int language, int years) {
    return new Candidate(id, rec, interview, language, years);
  }

  static List<Long> order(Candidate... candidates) {
    return CandidateRanking.rank(List.of(candidates)).stream().map(Candidate::nominationId).toList();
  }

  @Test
  void aStrongRecommendationComesFirst() {
    assertThat(order(c(1, "RECOMMENDED", 95, 90, 20), c(2, "STRONGLY_RECOMMENDED", 70, 60, 5))).containsExactly(2L, 1L);
  }

  @Test
  void thenTheHigherInterviewScore() {
    assertThat(order(c(1, "RECOMMENDED", 80, 90, 20), c(2, "RECOMMENDED", 81, 60, 5))).containsExactly(2L, 1L);
  }

  @Test
  void tiesOnInterviewGoToTheHigherLanguageScore() {
    assertThat(order(c(1, "RECOMMENDED", 80, 70, 20), c(2, "RECOMMENDED", 80, 71, 5))).containsExactly(2L, 1L);
  }

  @Test
  void thenToMoreYearsOfService() {
    assertThat(order(c(1, "RECOMMENDED", 80, 70, 9), c(2, "RECOMMENDED", 80, 70, 10))).containsExactly(2L, 1L);
  }

  @Test
  void aFullTieGoesToTheEarlierNomination() {
    assertThat(order(c(7, "RECOMMENDED", 80, 70, 10), c(3, "RECOMMENDED", 80, 70, 10))).containsExactly(3L, 7L);
  }

  @Test
  void notRecommendedNomineesAreNotRanked() {
    assertThat(order(c(1, "NOT_RECOMMENDED", 99, 99, 30), c(2, "RECOMMENDED", 60, 60, 5))).containsExactly(2L);
  }

  @Test
  void theShareOfWomenIsInWholePercent() {
    assertThat(CandidateRanking.womenSharePercent(0, 0)).isZero();
    assertThat(CandidateRanking.womenSharePercent(1, 5)).isEqualTo(20);
    assertThat(CandidateRanking.womenSharePercent(1, 6)).isEqualTo(17);
    assertThat(CandidateRanking.womenSharePercent(2, 3)).isEqualTo(67);
  }
}
