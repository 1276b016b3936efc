package ca.gc.cpa.selection;



/** A nominee who passed screening, as the choice sees them. */
public record Candidate(long nominationId, String recommendation, int interviewScore, int languageScore,
    int yearsOfService) {}
