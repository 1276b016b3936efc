package ca.gc.cpa.replay;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The demo-data replay ({@code --cpa.replay.tours=100} in profile {@code demo}); 0 tours: no replay.
 *
 * @param tours tours to start (0: the replay does not run)
 * @param missions missions to ask for (the public ones of the domain first)
 * @param seed the seed every choice of the replay follows
 * @param years how many years back the replay starts
 * @param maxPositions positions a mission plans at most per rotation
 * @param spacing time between two requests
 * @param exitWhenDone stop the application when the replay is done
 * @param pauseJobExecutor pause this node's job executor while the replay runs: the replay runs the due jobs
 *     itself, in an order that follows the seed (a cluster test keeps it running, to see nodes share the work)
 */
@Validated
@ConfigurationProperties("cpa.replay")
public record ReplayProperties(@Min(0) @Max(100000) int tours, @Min(1) @Max(200) int missions, long seed,
    @Min(1) @Max(40) int years, @Min(1) @Max(50) int maxPositions, Duration spacing, boolean exitWhenDone,
    boolean pauseJobExecutor) {}
