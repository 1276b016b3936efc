package ca.gc.cpa.selection;

import ca.gc.cpa.planning.Rank;
import java.time.LocalDate;
import java.util.List;

/**
 * What the rules know of a nominated officer (from the register and the nomination, never medical detail).
 *
 * @param yearsOfService full years of service at deployment (training not counted)
 * @param manualDrivingYears full years driving a manual vehicle at deployment
 * @param unLanguageMark the mark of the officer's latest UN language test in the position's language (null: none)
 */
public record Nominee(
    String agencyCode,
    Rank rank,
    int yearsOfService,
    int manualDrivingYears,
    LocalDate dateOfBirth,
    List<String> languages,
    Integer unLanguageMark,
    LocalDate licenceDate,
    boolean disciplineClear,
    boolean openInvestigation,
    LocalDate passportExpiry,
    LocalDate unAssessmentPassedOn) {}
