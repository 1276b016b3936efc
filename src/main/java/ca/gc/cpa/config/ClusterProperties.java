package ca.gc.cpa.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * One node of a cluster: several nodes of this application share one PostgreSQL database.
 *
 * @param nodeName this node's name: the job executor's lock owner (Cockpit shows it on a locked job) and
 *     the node written in the effect ledger
 * @param retryCycle how a failing job is retried before it raises an incident (ISO 8601 repeat, e.g.
 *     {@code R3/PT5M}: three more tries five minutes apart); the engine's failedJobRetryTimeCycle
 */
@Validated
@ConfigurationProperties("cpa.cluster")
public record ClusterProperties(
    @NotBlank String nodeName,
    @NotBlank @Pattern(regexp = "R\\d+/P.+") String retryCycle) {}
