package ca.gc.cpa.selection;

import ca.gc.cpa.process.CandidateSelectionProcess;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * The variables a selection holds now, by scope: the instance's ({@code instance}), each partner service's
 * ({@code service <agency>}: the scope of its call for interest and the scopes within it), the multi-instance's own
 * ({@code call}), a task's ({@code task <activity>}). What the engine loads at the first access in a transaction.
 */
final class VariableCensus {

  private VariableCensus() {}

  static Map<String, SortedSet<String>> of(ProcessEngine engine, String processInstanceId) {
    RuntimeService runtime = engine.getRuntimeService();
    Map<String, SortedSet<String>> scopes = new TreeMap<>();
    for (VariableInstance v : runtime.createVariableInstanceQuery().processInstanceIdIn(processInstanceId).list()) {
      String scope;
      if (v.getTaskId() != null) {
        scope = "task " + engine.getTaskService().createTaskQuery().taskId(v.getTaskId()).singleResult().getTaskDefinitionKey();
      } else if (v.getExecutionId().equals(processInstanceId)) {
        scope = "instance";
      } else {
        Object agency = runtime.getVariable(v.getExecutionId(), CandidateSelectionProcess.AGENCY_CODE.name());
        scope = agency == null ? "call" : "service " + agency;
      }
      scopes.computeIfAbsent(scope, k -> new TreeSet<>()).add(v.getName());
    }
    return scopes;
  }

  /** every variable the instance ever had (history, deleted ones too) */
  static long written(ProcessEngine engine, String processInstanceId) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .includeDeleted().count();
  }
}
