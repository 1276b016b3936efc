package ca.gc.cpa.program;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The numbers of the program's picture (dashboard, {@code /api/program}, the ministers' forecast).
 *
 * @param yearlyEnvelope the program's funding for one fiscal year, dollars ($46.9M)
 * @param fiscalYearStartMonth the month a fiscal year starts on its first day (Government of Canada: 4, April)
 * @param forecastMonths months the capacity forecast looks ahead
 * @param comingUpDays the horizons of "coming up" (tours ending within so many days), shortest first
 */
@Validated
@ConfigurationProperties("cpa.program-view")
public record ProgramViewProperties(
    @Min(0) long yearlyEnvelope,
    @Min(1) @Max(12) int fiscalYearStartMonth,
    @Min(1) @Max(120) int forecastMonths,
    @NotEmpty List<@Min(1) @Max(366) Integer> comingUpDays) {

  /** the longest horizon of "coming up" */
  public int longestComingUpDays() {
    return comingUpDays.stream().mapToInt(Integer::intValue).max().orElseThrow();
  }
}
