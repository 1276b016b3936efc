package ca.gc.cpa.replay;

import ca.gc.cpa.config.H2FileCompaction;
import java.sql.SQLException;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Fills the database with replayed work when started with {@code cpa.replay.tours} above 0, in profile
 * {@code demo} only (the replay works tasks as the demo users): never by accident. With
 * {@code cpa.replay.exit-when-done} the application stops afterwards and, on H2, compacts the file the replay
 * filled ({@link H2FileCompaction}).
 */
@Component
@Profile("demo")
@ConditionalOnExpression("${cpa.replay.tours:0} > 0")
public class ReplayRunner implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ReplayRunner.class);

  private final Replay replay;
  private final ReplayProperties properties;
  private final ApplicationContext context;
  private final DataSourceProperties database;

  public ReplayRunner(Replay replay, ReplayProperties properties, ApplicationContext context,
      DataSourceProperties database) {
    this.replay = replay;
    this.properties = properties;
    this.context = context;
    this.database = database;
  }

  @Override
  public void run(ApplicationArguments args) {
    var p = properties;
    var result = replay.run(MissionSeed.catalogue(p.missions(), p.seed()), p.tours(), LocalDate.now().minusYears(p.years()),
        p.spacing(), Scenario.realistic(p.seed(), p.maxPositions()), line -> System.out.print("\r" + line));
    System.out.println();
    LOG.info("replay: tours={} missions={} user_tasks={} flow_nodes={} wall_s={} user_tasks_per_s={} reached={}",
        result.tours(), result.missions(), result.userTasks(), result.flowNodes(), result.wall().toMillis() / 1000.0,
        String.format("%.1f", result.userTasksPerSecond()), result.reachedOn());
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    if (p.exitWhenDone()) {
      String url = database.determineUrl();
      String user = database.determineUsername();
      String password = database.determinePassword();
      int status = SpringApplication.exit(context, () -> 0);
      try {
        H2FileCompaction.compact(url, user, password).ifPresent(compacted -> LOG.info("replay: {}", compacted));
      } catch (SQLException e) {
        LOG.warn("replay: the H2 file could not be compacted (it stays as it is, every row in it)", e);
      }
      System.exit(status);
    }
  }
}
