package ca.gc.cpa.domain;

import java.time.LocalDate;

/** A partner police service (the RCMP is one too); its coordinators form the group {@code agency-<code>}. */
public record Agency(
    String code,
    String name,
    String province,
    String kind,
    int swornStrength,
    String coordinatorName,
    String coordinatorEmail,
    boolean active,
    LocalDate joinedOn) {}
