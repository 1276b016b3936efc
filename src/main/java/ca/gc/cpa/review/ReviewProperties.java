package ca.gc.cpa.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Policy of the CPA partner review.
 *
 * @param officialRequestReminder after how long without an official request the desk chases the requester
 * @param officialRequestLapse after how long without an official request the request lapses
 * @param reviewBusinessDays business days each partner has for its review before the desk is alerted
 * @param minimumCeiling the smallest contingent worth approving: below it a lack of headroom means decline
 */
@Validated
@ConfigurationProperties("cpa.review")
public record ReviewProperties(
    @NotNull Duration officialRequestReminder,
    @NotNull Duration officialRequestLapse,
    @Min(1) @Max(60) int reviewBusinessDays,
    @Min(1) @Max(200) int minimumCeiling) {}
