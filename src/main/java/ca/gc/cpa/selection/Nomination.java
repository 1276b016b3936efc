package ca.gc.cpa.selection;

import java.time.LocalDate;

/** One officer nominated by a partner service for one selection. */
public record Nomination(
    Long id,
    long selectionId,
    long officerId,
    String agencyCode,
    NominationStatus status,
    int yearsOfService,
    String languages,
    int languageScore,
    LocalDate licenceDate,
    int manualYears,
    boolean disciplineClear,
    boolean openInvestigation,
    LocalDate passportExpiry,
    LocalDate unAssessmentOn,
    String reasons,
    String medicalVerdict,
    String securityVerdict,
    Integer interviewScore,
    String recommendation,
    String tourBusinessKey) {}
