package ca.gc.cpa.welfare;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Policy numbers of support during the tour.
 *
 * @param checkInCycleDays days between two welfare check-ins with the officer and the family contact
 * @param checkInGraceDays a check-in still not held this many days after it fell due is escalated
 * @param reportDueDay the contingent commander's report from the mission for a month is due by this day of the next month
 * @param leaveDaysPerMonth leave accrued per full month served (UN terms: 2.5), counted at the leave's first day
 * @param repatriationDecisionHours a critical incident's emergency repatriation decision is due within so many hours
 */
@Validated
@ConfigurationProperties("cpa.welfare")
public record WelfareProperties(
    @Min(1) @Max(180) int checkInCycleDays,
    @Min(1) @Max(60) int checkInGraceDays,
    @Min(1) @Max(28) int reportDueDay,
    @DecimalMin("0.0") @DecimalMax("10.0") BigDecimal leaveDaysPerMonth,
    @Min(1) @Max(72) int repatriationDecisionHours) {}
