package ca.gc.cpa.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A one-task process built in code (never a file on the classpath, which the application would
 * deploy) to probe what a group may see and do with a task offered to another group.
 */
public final class ProbeProcess {

  public static final String KEY = "access-probe";
  public static final String TASK = "Task_Probe";

  private ProbeProcess() {}

  public static BpmnModelInstance offeredTo(String candidateGroup) {
    return Bpmn.createExecutableProcess(KEY).name("Access probe").camundaHistoryTimeToLive(1)
        .startEvent("Event_ProbeStarted").name("Probe started")
        .userTask(TASK).name("Answer the probe").camundaCandidateGroups(candidateGroup)
        .endEvent("Event_ProbeAnswered").name("Probe answered")
        .done();
  }

  /** deploys the probe (as the system, no user) and starts one instance; returns its id */
  public static String start(ProcessEngine engine, String candidateGroup) {
    engine.getRepositoryService().createDeployment().name(KEY)
        .addModelInstance(KEY + ".bpmn", offeredTo(candidateGroup)).deploy();
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, "PROBE-1").getId();
  }
}
