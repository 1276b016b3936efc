package ca.gc.cpa.selection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Policy numbers of the officer register and of the partner services' own screening.
 *
 * @param securityClearanceValidityMonths how long a security clearance stays valid (a valid one is reused)
 * @param serviceMinimums each partner service's own screening (by service code), checked at eligibility
 */
@Validated
@ConfigurationProperties("cpa.register")
public record RegisterProperties(
    @Min(1) @Max(240) int securityClearanceValidityMonths,
    @NotNull Map<String, @Valid ServiceMinimum> serviceMinimums) {

  /**
   * A service's own minimums for the officers it nominates.
   *
   * @param yearsOfService years of service the service asks (0: none of its own)
   * @param manualDrivingYears years driving a manual vehicle the service asks (0: none of its own)
   * @param source where the service states it (shown with the reason)
   */
  public record ServiceMinimum(@Min(0) @Max(40) int yearsOfService, @Min(0) @Max(40) int manualDrivingYears,
      @NotBlank String source) {}

  /** until when a security clearance granted on a day stays valid (and is reused) */
  public LocalDate securityClearanceExpiry(LocalDate grantedOn) {
    return grantedOn.plusMonths(securityClearanceValidityMonths);
  }

  public ServiceMinimum minimumOf(String agencyCode) {
    return serviceMinimums.get(agencyCode);
  }
}
