package ca.gc.cpa.selection;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Policy numbers of candidate selection (UN assessment standards and the program's own limits).
 *
 * @param nominationWindow how long each service has to nominate (ISO-8601 duration)
 * @param leadAnswerTimeout how long the lead organization has to answer a nomination (ISO-8601 duration)
 * @param minAge youngest age at deployment
 * @param maxAge oldest age at deployment
 * @param languagePassMark mission-language test score needed (percent)
 * @param minLicenceYears years a driving licence must have been held at deployment
 * @param passportMarginMonths months a passport must stay valid after the tour ends
 * @param unAssessmentValidityMonths months a UN assessment pass stays valid
 * @param unAssessmentNoticeMonths months ahead an assessment visit must be asked for
 * @param womenTargetPercent UN target share of women among nominees
 * @param releaseSharePercent most of a service's sworn strength abroad at once (percent)
 * @param releaseMaxOfficers most officers of one service abroad at once (0: no absolute limit)
 */
@Validated
@ConfigurationProperties("cpa.selection")
public record SelectionProperties(
    @NotBlank @Pattern(regexp = "P.+") String nominationWindow,
    @NotBlank @Pattern(regexp = "P.+") String leadAnswerTimeout,
    @Min(18) @Max(70) int minAge,
    @Min(18) @Max(70) int maxAge,
    @Min(0) @Max(100) int languagePassMark,
    @Min(0) @Max(10) int minLicenceYears,
    @Min(0) @Max(24) int passportMarginMonths,
    @Min(1) @Max(60) int unAssessmentValidityMonths,
    @Min(0) @Max(12) int unAssessmentNoticeMonths,
    @Min(0) @Max(100) int womenTargetPercent,
    @DecimalMin("0.0") @DecimalMax("100.0") double releaseSharePercent,
    @Min(0) int releaseMaxOfficers) {}
