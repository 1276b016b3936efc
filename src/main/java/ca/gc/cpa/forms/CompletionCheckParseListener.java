package ca.gc.cpa.forms;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Puts the {@link FormCompletionCheck} first among the listeners on {@code complete} of every user task and on
 * {@code start} of every process's start event, and reads their extension property {@code completionCheck}:
 * the name of the Spring bean ({@link CompletionCheck}) that holds the task's domain rules.
 */
public class CompletionCheckParseListener extends AbstractBpmnParseListener {

  public static final String PROPERTY = "completionCheck";

  private final FormCompletionCheck check;

  public CompletionCheckParseListener(FormCompletionCheck check) {
    this.check = check;
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    remember(element, activity);
    TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
    task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, check);
  }

  @Override
  public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    remember(element, activity);
    if (scope instanceof ProcessDefinitionEntity) {
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, check, 0);
    }
  }

  private static void remember(Element element, ActivityImpl activity) {
    Element extensions = element.element("extensionElements");
    Element properties = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties == null) {
      return;
    }
    for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
      if (PROPERTY.equals(property.attribute("name"))) {
        activity.setProperty(PROPERTY, property.attribute("value"));
      }
    }
  }

  /**
   * The check named on the activity, looked up as a bean through the engine's expressions (Spring's beans in the
   * application, the registered mocks in process tests); null if none. The name is resolved against an empty
   * scope: against the task's, the expression would first look for a variable of that name and load every
   * variable of the task's executions to find none.
   */
  static CompletionCheck checkOf(ActivityImpl activity) {
    VariableScope scope = StartProcessVariableScope.getSharedInstance();
    Object name = activity == null ? null : activity.getProperty(PROPERTY);
    if (name == null) {
      return null;
    }
    Object bean = Context.getProcessEngineConfiguration().getExpressionManager()
        .createExpression("${" + name + "}").getValue(scope);
    if (!(bean instanceof CompletionCheck check)) {
      throw new IllegalStateException("completionCheck '" + name + "' of " + activity.getId() + " is not a CompletionCheck");
    }
    return check;
  }
}
