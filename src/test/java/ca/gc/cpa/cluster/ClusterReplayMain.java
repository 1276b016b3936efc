package ca.gc.cpa.cluster;

import ca.gc.cpa.replay.MissionSeed;
import ca.gc.cpa.replay.Replay;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A cluster node in a JVM of its own that replays the real pipeline (for {@link NodeCrashTest}):
 * {@code java -cp <test classpath> ca.gc.cpa.cluster.ClusterReplayMain <database url> <node name>
 * <missions> <tours> <seed> <first day>}. Starts the node like {@link ClusterNodeMain} (profiles postgres and
 * demo, its job executor on, the short lock time), prints {@code NODE READY}, then runs
 * {@link Replay#run} on its own engine clock, printing {@code REPLAY <progress>} at every new tour and
 * {@code REPLAY DONE} at the end, and runs until killed.
 */
public final class ClusterReplayMain {

  /** the replay's settings, shared with the node that takes over */
  static final int MAX_POSITIONS = 4;
  static final Duration SPACING = Duration.ofDays(20);

  private ClusterReplayMain() {}

  public static void main(String[] args) throws InterruptedException {
    String url = args[0];
    String node = args[1];
    int missions = Integer.parseInt(args[2]);
    int tours = Integer.parseInt(args[3]);
    long seed = Long.parseLong(args[4]);
    LocalDate firstDay = LocalDate.parse(args[5]);
    ConfigurableApplicationContext context = ClusterNodes.start(url, node);
    System.out.println("NODE READY " + node);
    System.out.flush();
    var result = context.getBean(Replay.class).run(MissionSeed.catalogue(missions, seed), tours, firstDay, SPACING,
        ca.gc.cpa.replay.Scenario.realistic(seed, MAX_POSITIONS), line -> {
          System.out.println("REPLAY " + line);
          System.out.flush();
        });
    System.out.println("REPLAY DONE " + result);
    System.out.flush();
    Thread.currentThread().join();
  }
}
