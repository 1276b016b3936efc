package ca.gc.cpa.planning;

/** One numbered position of a mission's plan. */
public record Position(String missionBusinessKey, int number, PositionRole role, Rank minimumRank,
    String language, boolean armed) {}
