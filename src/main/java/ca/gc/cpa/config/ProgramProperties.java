package ca.gc.cpa.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Program-wide policy numbers of the Canadian Police Arrangement.
 *
 * @param officerCap officers abroad at one time across the whole program (150 from about 2016)
 */
@Validated
@ConfigurationProperties("cpa.program")
public record ProgramProperties(@Min(1) @Max(1000) int officerCap) {}
