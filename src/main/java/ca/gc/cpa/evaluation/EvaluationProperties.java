package ca.gc.cpa.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Policy of mission evaluation.
 *
 * @param cycle how often IPOB evaluates a running mission (ISO-8601 duration, e.g. P6M)
 */
@Validated
@ConfigurationProperties("cpa.evaluation")
public record EvaluationProperties(@NotBlank @Pattern(regexp = "P.+") String cycle) {}
