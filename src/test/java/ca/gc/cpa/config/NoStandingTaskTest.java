package ca.gc.cpa.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No standing task anywhere (issue 16): a user task exists only when someone must act now, so no user task
 * opens again the moment it is done. Read from each model: from a user task's completion, the flow must meet a
 * wait (a timer, a message, another person's task, a called process) before it can reach the same task again.
 * The standing "Record leave request" of earlier builds looped straight back to itself; this test finds such a
 * loop (see {@link #aTaskThatReopensTheMomentItIsDoneIsFound()}).
 */
class NoStandingTaskTest {

  static Stream<Path> models() throws IOException {
    try (Stream<Path> all = Files.list(Path.of("processes"))) {
      List<Path> found = all.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
      assertThat(found).hasSizeGreaterThanOrEqualTo(11);
      return found.stream();
    }
  }

  /**
   * The loops that come back to a task only on an outcome that makes new work, each about something new: the
   * selection board set a candidate aside and the next one in rank order waits for its confirmation; a call for
   * interest that found no candidate at all is issued again, and each service answers the new call.
   */
  static final Map<String, String> NEW_WORK_ON_AN_OUTCOME = Map.of(
      "Task_ConfirmSelection", "the candidate was set aside: the next one in rank order is confirmed or set aside",
      "Task_NominateOfficer", "no service nominated a candidate who passed: the call for interest is issued again");

  @ParameterizedTest
  @MethodSource("models")
  void noUserTaskOpensAgainTheMomentItIsDone(Path model) {
    BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
    assertThat(reopenedByThemselves(instance)).as(model.toString())
        .allSatisfy(task -> assertThat(NEW_WORK_ON_AN_OUTCOME).as(task + " opens again by itself").containsKey(task));
  }

  @Test
  void aTaskThatReopensTheMomentItIsDoneIsFound() {
    BpmnModelInstance standing = Bpmn.createExecutableProcess("standing").startEvent()
        .exclusiveGateway("Gateway_Merge").userTask("Task_RecordLeaveRequest").serviceTask("Task_RecordLeave")
        .camundaDelegateExpression("${recordLeave}").connectTo("Gateway_Merge").done();
    assertThat(reopenedByThemselves(standing)).containsExactly("Task_RecordLeaveRequest");
    BpmnModelInstance waiting = Bpmn.createExecutableProcess("waiting").startEvent()
        .exclusiveGateway("Gateway_Merge").userTask("Task_HoldCheckIn").intermediateCatchEvent("Event_NextCheckInDue")
        .timerWithDuration("P1M").connectTo("Gateway_Merge").done();
    assertThat(reopenedByThemselves(waiting)).isEmpty();
  }

  /** the user tasks whose completion leads back to themselves through steps that need no one and wait for nothing */
  static List<String> reopenedByThemselves(BpmnModelInstance model) {
    List<String> found = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      Set<String> seen = new HashSet<>();
      Deque<FlowNode> next = new ArrayDeque<>(after(task));
      while (!next.isEmpty()) {
        FlowNode node = next.pop();
        if (node == task) {
          found.add(task.getId());
          break;
        }
        if (!seen.add(node.getId()) || waits(node)) {
          continue;
        }
        next.addAll(after(node));
      }
    }
    return found;
  }

  /** a step the flow stops at until a person, a timer, a message or another process moves it on */
  static boolean waits(FlowNode node) {
    return (node instanceof UserTask) || node instanceof ReceiveTask || node instanceof IntermediateCatchEvent
        || node instanceof EventBasedGateway || node instanceof CallActivity;
  }

  /** where the flow goes from a node: its outgoing flows, into an embedded subprocess, out of one at its end */
  static List<FlowNode> after(FlowNode node) {
    List<FlowNode> out = new ArrayList<>();
    if (node instanceof SubProcess sub && !sub.triggeredByEvent()) {
      sub.getChildElementsByType(StartEvent.class).forEach(out::add);
      return out;
    }
    for (SequenceFlow flow : node.getOutgoing()) {
      out.add(flow.getTarget());
    }
    if (node instanceof EndEvent && node.getParentElement() instanceof SubProcess sub && !sub.triggeredByEvent()) {
      for (SequenceFlow flow : sub.getOutgoing()) {
        out.add(flow.getTarget());
      }
    }
    return out;
  }
}
