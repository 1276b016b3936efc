package ca.gc.cpa.process;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** Process {@code mission}: planning, rotations, evaluations and the close of a mission approved by ministers. */
public final class MissionProcess {

  public static final String KEY = "mission";

  // what a request approved by ministers starts the mission with (Start)
  public static final Variable<String> REQUEST_BUSINESS_KEY = Variable.text("requestBusinessKey");
  public static final Variable<String> MISSION_CODE = Variable.text("missionCode");
  public static final Variable<String> MISSION_NAME = Variable.text("missionName");
  public static final Variable<Integer> CEILING = Variable.integer("ceiling");
  public static final Variable<String> REQUESTING_BODY = Variable.text("requestingBody");
  public static final Variable<String> MISSION_LANGUAGE = Variable.text("missionLanguage");
  public static final Variable<Boolean> ARMED = Variable.bool("armed");
  public static final Variable<Integer> TOUR_MONTHS = Variable.integer("tourMonths");
  public static final Variable<LocalDate> REQUESTED_START = Variable.date("requestedStart");
  public static final Variable<String> HOST_COUNTRY = Variable.text("hostCountry");
  // what a tour tells its mission when it frees its position (PositionFreed)
  public static final Variable<Integer> FREED_POSITION_NUMBER = Variable.integer("freedPositionNumber");
  public static final Variable<Integer> FREED_ROTATION = Variable.integer("freedRotation");
  public static final Variable<String> FREED_REASON = Variable.text("freedReason");
  public static final Variable<String> FREED_DEPLOYMENT_KEY = Variable.text("freedDeploymentKey");

  private MissionProcess() {}

  /** What an assistance request approved by ministers starts its mission with (review.StartMission). */
  public record Start(String requestBusinessKey, String missionCode, String missionName, int ceiling,
      String requestingBody, String missionLanguage, boolean armed, int tourMonths, LocalDate requestedStart,
      String hostCountry) {

    public Map<String, Object> variables() {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put(REQUEST_BUSINESS_KEY.name(), requestBusinessKey);
      v.put(MISSION_CODE.name(), missionCode);
      v.put(MISSION_NAME.name(), missionName);
      v.put(CEILING.name(), ceiling);
      v.put(REQUESTING_BODY.name(), requestingBody);
      v.put(MISSION_LANGUAGE.name(), missionLanguage);
      v.put(ARMED.name(), armed);
      v.put(TOUR_MONTHS.name(), tourMonths);
      v.put(REQUESTED_START.name(), REQUESTED_START.stored(requestedStart));
      v.put(HOST_COUNTRY.name(), hostCountry);
      return v;
    }
  }

  /**
   * The message a tour (process officer-deployment) sends its mission when its position is free again: which
   * position of which rotation, why (the reasons of {@code OfficerDeploymentProcess}), and the tour.
   */
  public record PositionFreed(int positionNumber, int rotation, String reason, String deploymentKey) {

    public static final String MESSAGE = "PositionFreed";

    public Map<String, Object> variables() {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put(FREED_POSITION_NUMBER.name(), positionNumber);
      v.put(FREED_ROTATION.name(), rotation);
      v.put(FREED_REASON.name(), reason);
      v.put(FREED_DEPLOYMENT_KEY.name(), deploymentKey);
      return v;
    }

    public static PositionFreed from(VariableScope scope) {
      return new PositionFreed(FREED_POSITION_NUMBER.from(scope), FREED_ROTATION.from(scope), FREED_REASON.orNull(scope),
          FREED_DEPLOYMENT_KEY.orNull(scope));
    }
  }

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
