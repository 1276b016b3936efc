package ca.gc.cpa.planning;

import java.util.Map;

/** The planning policy the tests use: the numbers of application.yaml (the one rate table by rank, the UN floor). */
public final class PlanningFixture {

  private PlanningFixture() {}

  public static PlanningProperties properties() {
    return new PlanningProperties(12, 5, 5, 16, Map.of(Rank.CST, 110000, Rank.CPL, 120000, Rank.SGT, 130000,
        Rank.SSGT, 140000, Rank.INSP, 155000, Rank.SUPT, 170000, Rank.CSUPT, 185000), 4000);
  }
}
