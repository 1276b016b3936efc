package ca.gc.cpa.inmission;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The message a tour (process officer-deployment) sends its mission (process mission, by the mission's business
 * key) when IPOB postponed the officer's departure: which tour, the departure it replaces and the new one, who
 * decided. The mission's event subprocess records it at once (table mission_arrival_notice): its values are
 * transient, so that they do not stay among the mission's variables, where the next postponement would overwrite
 * them.
 */
public record DeparturePostponed(String tourBusinessKey, LocalDate departureWas, LocalDate departureNow,
    String decidedBy) {

  public static final String MESSAGE = "DeparturePostponed";

  static final String TOUR = "postponedTour";
  static final String WAS = "departureWas";
  static final String NOW = "departureNow";
  static final String DECIDED_BY = "postponedBy";

  public VariableMap toVariables() {
    return Variables.createVariables()
        .putValueTyped(TOUR, Variables.stringValue(tourBusinessKey, true))
        .putValueTyped(WAS, Variables.stringValue(departureWas.toString(), true))
        .putValueTyped(NOW, Variables.stringValue(departureNow.toString(), true))
        .putValueTyped(DECIDED_BY, Variables.stringValue(decidedBy, true));
  }

  public static DeparturePostponed from(VariableScope scope) {
    return new DeparturePostponed(InMissionVariables.string(scope, TOUR),
        LocalDate.parse(InMissionVariables.string(scope, WAS)), LocalDate.parse(InMissionVariables.string(scope, NOW)),
        InMissionVariables.string(scope, DECIDED_BY));
  }
}
