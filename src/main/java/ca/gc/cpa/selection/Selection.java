package ca.gc.cpa.selection;

/**
 * One candidate selection (process candidate-selection): the mission's position and rotation it fills, where it
 * stands, the call for expressions of interest under way and the nominee being considered (none between two choices).
 */
public record Selection(
    long id,
    String businessKey,
    String missionBusinessKey,
    int positionNumber,
    int rotation,
    String status,
    int callRound,
    Long candidateNominationId) {}
