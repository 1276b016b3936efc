package ca.gc.cpa.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Policy numbers of pre-deployment training.
 *
 * @param maxAttempts course sessions one officer may sit before replacement is the only choice left
 * @param minCourseDays shortest pre-deployment course, first and last day counted
 * @param maxCourseDays longest pre-deployment course, first and last day counted
 */
@Validated
@ConfigurationProperties("cpa.training")
public record TrainingProperties(@Min(1) @Max(5) int maxAttempts, @Min(1) @Max(60) int minCourseDays,
    @Min(1) @Max(60) int maxCourseDays) {}
