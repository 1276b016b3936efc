package ca.gc.cpa.forms;

import java.util.Optional;
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
 * the name of the Spring bean ({@link CompletionCheck}) that holds the task's domain rules; and reads the property
 * {@value AnswersStayInScope#PROPERTY} of subprocesses.
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

  /** a subprocess that keeps its forms' answers ({@link AnswersStayInScope}) */
  @Override
  public void parseSubProcess(Element element, ScopeImpl scope, ActivityImpl activity) {
    property(element, AnswersStayInScope.PROPERTY).ifPresent(value -> activity.setProperty(AnswersStayInScope.PROPERTY, value));
  }

  @Override
  public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    remember(element, activity);
    if (scope instanceof ProcessDefinitionEntity) {
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, check, 0);
    }
  }

  private static void remember(Element element, ActivityImpl activity) {
    property(element, PROPERTY).ifPresent(value -> activity.setProperty(PROPERTY, value));
  }

  /** the value of an extension property (camunda:properties) of a model element */
  private static Optional<String> property(Element element, String name) {
    Element extensions = element.element("extensionElements");
    Element properties = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties == null) {
      return Optional.empty();
    }
    return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
        .filter(property -> name.equals(property.attribute("name"))).map(property -> property.attribute("value")).findFirst();
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
