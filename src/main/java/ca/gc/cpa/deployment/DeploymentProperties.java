package ca.gc.cpa.deployment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Policy numbers of logistics, departure, induction and the tour's length.
 *
 * @param visaChaseDays days a visa may be missing before logistics chases it
 * @param departureRiskDays a missing visa this close to the planned departure (days) puts the departure at risk
 * @param inductionDays in-mission induction after arrival (about 7 days)
 * @param extensionNoticeDays an extension is asked at least this many days before the tour's end
 * @param maxTotalTourMonths a tour with its extensions never exceeds this many months
 */
@Validated
@ConfigurationProperties("cpa.deployment")
public record DeploymentProperties(
    @Min(1) @Max(365) int visaChaseDays,
    @Min(0) @Max(365) int departureRiskDays,
    @Min(0) @Max(60) int inductionDays,
    @Min(1) @Max(180) int extensionNoticeDays,
    @Min(1) @Max(60) int maxTotalTourMonths) {}
