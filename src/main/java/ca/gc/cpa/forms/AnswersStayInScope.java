package ca.gc.cpa.forms;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Keeps a form's answers in the subprocess its task belongs to, where the model says so: a subprocess with the
 * extension property {@value #PROPERTY} = {@code true} (candidate-selection's call for interest, one instance per
 * partner service). The engine writes a completion's values to the nearest scope that has them, else to the process
 * instance; so, before a completion (complete, resolve, submit-form) writes, each answer that neither the task nor any
 * scope above it has yet is declared in the subprocess's instance, and lands there. Only what is submitted is declared:
 * a scope holds the answers it got, not a null for every field of every form it might reach. What a completion may
 * carry is still the completion check's to say ({@link FormCompletionCheck}); a refused completion rolls the
 * declaration back with the rest.
 */
public class AnswersStayInScope extends CommandInterceptor {

  public static final String PROPERTY = "answersStayInScope";

  private static final Field COMPLETE_TASK = field(CompleteTaskCmd.class, "taskId");
  private static final Field COMPLETE_VALUES = field(CompleteTaskCmd.class, "variables");
  private static final Field SUBMIT_TASK = field(SubmitTaskFormCmd.class, "taskId");
  private static final Field SUBMIT_VALUES = field(SubmitTaskFormCmd.class, "properties");

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof CompleteTaskCmd) {
      declare(read(COMPLETE_TASK, command), read(COMPLETE_VALUES, command));
    } else if (command instanceof SubmitTaskFormCmd) {
      declare(read(SUBMIT_TASK, command), read(SUBMIT_VALUES, command));
    }
    return next.execute(command);
  }

  private static void declare(Object taskId, Object values) {
    if (!(taskId instanceof String id) || !(values instanceof Map<?, ?> answers) || answers.isEmpty()) {
      return;
    }
    TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(id);
    ExecutionEntity execution = task == null ? null : task.getExecution();
    ScopeImpl scope = execution == null ? null : keepingScope(execution.getActivity());
    if (scope == null) {
      return;
    }
    Map<String, Object> declared = new HashMap<>();
    answers.forEach((name, value) -> {
      boolean isTransient = value instanceof TypedValue typed && typed.isTransient();
      if (name instanceof String key && !isTransient && !task.hasVariable(key)) {
        declared.put(key, null);
      }
    });
    if (!declared.isEmpty()) {
      ((ExecutionEntity) execution.findExecutionForFlowScope(scope)).setVariablesLocal(declared);
    }
  }

  /** the innermost subprocess around the activity that keeps its forms' answers, or null */
  static ScopeImpl keepingScope(ActivityImpl activity) {
    for (ScopeImpl scope = activity == null ? null : activity.getFlowScope(); scope instanceof ActivityImpl around;
        scope = around.getFlowScope()) {
      if ("true".equals(around.getProperty(PROPERTY))) {
        return around;
      }
    }
    return null;
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("The engine's " + type.getSimpleName() + " has no field " + name, e);
    }
  }

  private static Object read(Field field, Object command) {
    try {
      return field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
