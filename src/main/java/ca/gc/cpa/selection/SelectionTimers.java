package ca.gc.cpa.selection;

import org.springframework.stereotype.Component;

/** Timer durations of candidate selection, for the model: {@code ${selectionTimers.nominationWindow}}. */
@Component("selectionTimers")
public class SelectionTimers {

  private final SelectionProperties properties;

  public SelectionTimers(SelectionProperties properties) {
    this.properties = properties;
  }

  public String getNominationWindow() {
    return properties.nominationWindow();
  }

  public String getLeadAnswerTimeout() {
    return properties.leadAnswerTimeout();
  }
}
