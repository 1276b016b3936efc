package ca.gc.cpa.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Policy numbers of pre-deployment training.
 *
 * @param maxAttempts course sessions one officer may sit before replacement is the only choice left
 */
@Validated
@ConfigurationProperties("cpa.training")
public record TrainingProperties(@Min(1) @Max(5) int maxAttempts) {}
