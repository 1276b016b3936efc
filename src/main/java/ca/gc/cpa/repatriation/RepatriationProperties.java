package ca.gc.cpa.repatriation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Policy numbers of the return home.
 *
 * @param decompressionDays stay at a third location on the way home, for missions flagged high-stress
 * @param reintegrationLeaveDays leave at home before the return to duty
 * @param daysPerMonth days counted as one month when a partial month is prorated in cost recovery
 * @param nonReimbursedAgencies services whose officers cost the partner nothing to recover (the RCMP pays its own)
 */
@Validated
@ConfigurationProperties("cpa.repatriation")
public record RepatriationProperties(
    @Min(0) @Max(30) int decompressionDays,
    @Min(0) @Max(90) int reintegrationLeaveDays,
    @Min(28) @Max(31) int daysPerMonth,
    @NotEmpty java.util.List<String> nonReimbursedAgencies) {}
