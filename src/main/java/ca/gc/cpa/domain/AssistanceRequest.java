package ca.gc.cpa.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A foreign request for Canadian police (process {@code assistance-request}, business key REQ-…). */
public record AssistanceRequest(
    String businessKey,
    String externalReference,
    String requestingBody,
    String requestingBodyName,
    String missionName,
    String hostCountry,
    int officersRequested,
    String missionLanguage,
    boolean armed,
    int tourMonths,
    LocalDate requestedStart,
    boolean officialRequestReceived,
    String rolesRequested,
    RequestStatus status,
    String recommendation,
    String outcomeReason,
    Integer ceiling,
    String missionBusinessKey,
    String processInstanceId,
    String registeredBy,
    LocalDateTime receivedAt,
    LocalDateTime decidedAt,
    LocalDateTime closedAt) {}
