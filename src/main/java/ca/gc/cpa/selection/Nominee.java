package ca.gc.cpa.selection;

import ca.gc.cpa.planning.Rank;
import java.time.LocalDate;
import java.util.List;

/** What the rules know of a nominated officer (from the nomination, never medical detail). */
public record Nominee(
    Rank rank,
    int yearsOfService,
    LocalDate dateOfBirth,
    List<String> languages,
    int languageScore,
    LocalDate licenceDate,
    boolean disciplineClear,
    boolean openInvestigation,
    LocalDate passportExpiry,
    LocalDate unAssessmentPassedOn) {}
