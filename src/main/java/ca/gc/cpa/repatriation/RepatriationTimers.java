package ca.gc.cpa.repatriation;

import org.springframework.stereotype.Component;

/** Timer durations of the return home ({@code ${repatriationTimers.decompression}}). */
@Component("repatriationTimers")
public class RepatriationTimers {

  private final RepatriationProperties properties;

  public RepatriationTimers(RepatriationProperties properties) {
    this.properties = properties;
  }

  public String getDecompression() {
    return "P" + properties.decompressionDays() + "D";
  }

  public String getReintegrationLeave() {
    return "P" + properties.reintegrationLeaveDays() + "D";
  }
}
