package ca.gc.cpa.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Now, on the engine's clock (which replays and tests move), in the application's time zone. */
public final class EngineClock {

  private EngineClock() {}

  public static LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
  }

  public static LocalDate today() {
    return now().toLocalDate();
  }
}
