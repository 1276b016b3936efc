package ca.gc.cpa.deployment;

import org.springframework.stereotype.Component;

/** Timer durations of logistics for the model ({@code ${deploymentTimers.visaChase}}). */
@Component("deploymentTimers")
public class DeploymentTimers {

  private final DeploymentProperties properties;

  public DeploymentTimers(DeploymentProperties properties) {
    this.properties = properties;
  }

  /** a missing visa is chased this long after it was asked for */
  public String getVisaChase() {
    return "P" + properties.visaChaseDays() + "D";
  }
}
