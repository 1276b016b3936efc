package ca.gc.cpa.domain;

import java.time.LocalDate;

/** A mission Canada takes part in, with the ceiling ministers set (process {@code mission}). */
public record Mission(
    String businessKey,
    String missionCode,
    String name,
    String requestBusinessKey,
    int ceiling,
    MissionStatus status,
    LocalDate approvedOn,
    LocalDate closedOn) {}
