package ca.gc.cpa.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the program reimburses the partner service for one officer's tour. */
public record TourCostRecovery(
    String tourBusinessKey,
    String agencyCode,
    String policeRank,
    LocalDate servedFrom,
    LocalDate servedTo,
    long fullMonths,
    long extraDays,
    BigDecimal monthlyRate,
    BigDecimal amount,
    boolean reimbursed) {}
