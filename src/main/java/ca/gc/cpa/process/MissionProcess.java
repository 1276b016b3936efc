package ca.gc.cpa.process;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** Process {@code mission}: planning, rotations, evaluations and the close of a mission approved by ministers. */
public final class MissionProcess {

  public static final String KEY = "mission";

  private MissionProcess() {}

  /**
   * The message a tour (process officer-deployment) sends its mission (by the mission's business key) when IPOB
   * postponed the officer's departure: which tour, the departure it replaces and the new one, who decided. The
   * mission's event subprocess records it at once (table mission_arrival_notice): its values are transient, so that
   * they do not stay among the mission's variables, where the next postponement would overwrite them.
   */
  public record DeparturePostponed(String tourBusinessKey, LocalDate departureWas, LocalDate departureNow,
      String decidedBy) {

    public static final String MESSAGE = "DeparturePostponed";

    static final Variable<String> TOUR = Variable.text("postponedTour");
    static final Variable<LocalDate> WAS = Variable.date("departureWas");
    static final Variable<LocalDate> NOW = Variable.date("departureNow");
    static final Variable<String> DECIDED_BY = Variable.text("postponedBy");

    public VariableMap toVariables() {
      return Variables.createVariables()
          .putValueTyped(TOUR.name(), Variables.stringValue(tourBusinessKey, true))
          .putValueTyped(WAS.name(), Variables.stringValue(departureWas.toString(), true))
          .putValueTyped(NOW.name(), Variables.stringValue(departureNow.toString(), true))
          .putValueTyped(DECIDED_BY.name(), Variables.stringValue(decidedBy, true));
    }

    public static DeparturePostponed from(VariableScope scope) {
      return new DeparturePostponed(TOUR.from(scope), WAS.from(scope), NOW.from(scope), DECIDED_BY.from(scope));
    }
  }
}
