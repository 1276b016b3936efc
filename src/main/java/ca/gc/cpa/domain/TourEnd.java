package ca.gc.cpa.domain;

import java.time.LocalDate;

/**
 * When a tour on a mission, committed or abroad, is expected to end.
 *
 * @param positionNumber the mission's position the tour fills
 * @param expectedEnd the end recorded at arrival (with its extensions), else the planned departure plus the tour's
 *     months, null when not planned yet
 */
public record TourEnd(int positionNumber, LocalDate expectedEnd) {}
