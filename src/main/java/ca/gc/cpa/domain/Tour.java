package ca.gc.cpa.domain;

/** One officer's tour in one mission position (process {@code officer-deployment}). */
public record Tour(
    Long id,
    String businessKey,
    long officerId,
    String agencyCode,
    String missionBusinessKey,
    int positionNumber,
    int rotation,
    TourStatus status) {}
