package ca.gc.cpa.program;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.domain.MissionStatus;
import org.junit.jupiter.api.Test;

/** A mission's vacancies: what its ceiling leaves to fill while it is open, nothing once it is closing or closed. */
class VacanciesTest {

  @Test
  void anOpenMissionLacksItsCeilingLessItsOfficers() {
    assertThat(ProgramView.vacancies(MissionStatus.OPEN, 12, 9)).isEqualTo(3);
    assertThat(ProgramView.vacancies(MissionStatus.OPEN, 12, 12)).isZero();
    assertThat(ProgramView.vacancies(MissionStatus.OPEN, 8, 10)).as("above a lowered ceiling").isZero();
  }

  @Test
  void aClosingOrClosedMissionLacksNobody() {
    assertThat(ProgramView.vacancies(MissionStatus.CLOSING, 12, 4)).isZero();
    assertThat(ProgramView.vacancies(MissionStatus.CLOSED, 12, 0)).isZero();
  }
}
