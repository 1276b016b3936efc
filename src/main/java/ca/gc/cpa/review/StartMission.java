package ca.gc.cpa.review;

import static ca.gc.cpa.process.AssistanceRequestProcess.*;

import ca.gc.cpa.domain.AssistanceRequestRepository;
import ca.gc.cpa.domain.EffectLedger;
import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.domain.Mission;
import ca.gc.cpa.domain.MissionRepository;
import ca.gc.cpa.domain.MissionStatus;
import ca.gc.cpa.process.AssistanceRequestProcess;
import ca.gc.cpa.process.MissionProcess;
import java.time.LocalDate;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Start the mission: the approved request becomes a mission record with the ministers' ceiling and a
 * {@code mission} instance with business key {@code MSN-<code>-<year>}. Runs after an async boundary
 * and is idempotent by business key and step ({@link EffectLedger}): a retry, another node or a token moved
 * back in Cockpit finds the step done and starts nothing twice.
 */
@Component("startMission")
public class StartMission implements JavaDelegate {

  /** the step's name in the effect ledger */
  public static final String STEP = "mission-started";

  private final MissionRepository missions;
  private final AssistanceRequestRepository requests;
  private final EffectLedger ledger;

  public StartMission(MissionRepository missions, AssistanceRequestRepository requests, EffectLedger ledger) {
    this.missions = missions;
    this.requests = requests;
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String requestKey = execution.getProcessBusinessKey();
    String linked = requests.find(requestKey).map(r -> r.missionBusinessKey()).orElse(null);
    if (!ledger.firstTime(requestKey, STEP) || linked != null) {
      return;
    }
    String name = AssistanceRequestProcess.MISSION_NAME.orNull(execution);
    String code = missionCode(name);
    LocalDate today = EngineClock.today();
    String missionKey = freeKey(code, today.getYear());
    int ceiling = AssistanceRequestProcess.MISSION_CEILING.orNull(execution);
    missions.create(new Mission(missionKey, code, name, requestKey, ceiling, MissionStatus.OPEN, today, null));
    requests.linkMission(requestKey, missionKey);

    var start = new MissionProcess.Start(code, name, ceiling, REQUESTING_BODY.orNull(execution),
        MISSION_LANGUAGE.orNull(execution), ARMED.orElse(execution, false), TOUR_MONTHS.from(execution),
        REQUESTED_START.orNull(execution), HOST_COUNTRY.orNull(execution));
    execution.getProcessEngineServices().getRuntimeService()
        .createProcessInstanceByKey(MissionProcess.KEY).businessKey(missionKey).setVariables(start.variables()).execute();
  }

  /** the mission's code: its name in capitals, letters and digits only (MINUSMA, EUPOLCOPPS) */
  static String missionCode(String missionName) {
    String code = missionName.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    return code.isEmpty() ? "MISSION" : code.substring(0, Math.min(code.length(), 30));
  }

  /** MSN-<code>-<year>, or with a suffix when that mission already started this year */
  private String freeKey(String code, int year) {
    String key = "MSN-%s-%d".formatted(code, year);
    for (int n = 2; missions.exists(key); n++) {
      key = "MSN-%s-%d-%d".formatted(code, year, n);
    }
    return key;
  }
}
