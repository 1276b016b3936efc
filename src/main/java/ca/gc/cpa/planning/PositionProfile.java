package ca.gc.cpa.planning;

/** One line of a mission plan: {@code count} positions of the same profile. */
public record PositionProfile(PositionRole role, Rank minimumRank, String language, boolean armed, int count) {}
