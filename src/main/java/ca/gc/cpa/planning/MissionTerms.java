package ca.gc.cpa.planning;

/** The terms of a mission's plan that every tour of it shares (recorded by Save the plan, mission table). */
public record MissionTerms(String missionCode, String missionName, int tourMonths, boolean highStress,
    int minYearsOfService) {}
