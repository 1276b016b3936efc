package ca.gc.cpa.program;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/** When each running mission's next evaluation falls due: the due date of its evaluation timer. */
@Component
public class MissionTimers {

  static final String EVALUATION_TIMER = "Event_EvaluationDue";

  private final ManagementService management;
  private final RuntimeService runtime;
  private final IdentityService identity;

  public MissionTimers(ManagementService management, RuntimeService runtime, IdentityService identity) {
    this.management = management;
    this.runtime = runtime;
    this.identity = identity;
  }

  /** mission business key to the day its evaluation is due (read as the system; the figures decide who sees what) */
  public Map<String, LocalDate> nextEvaluations() {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      Map<String, LocalDate> due = new HashMap<>();
      var timers = management.createJobQuery().timers().activityId(EVALUATION_TIMER).list();
      if (timers.isEmpty()) {
        return due;
      }
      Set<String> instances = timers.stream().map(Job::getProcessInstanceId).collect(Collectors.toSet());
      Map<String, String> keys = new HashMap<>();
      runtime.createProcessInstanceQuery().processInstanceIds(instances).list()
          .forEach(p -> keys.put(p.getId(), p.getBusinessKey()));
      for (Job timer : timers) {
        String key = keys.get(timer.getProcessInstanceId());
        if (key != null && timer.getDuedate() != null) {
          due.merge(key, timer.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate(),
              (a, b) -> a.isBefore(b) ? a : b);
        }
      }
      return due;
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
