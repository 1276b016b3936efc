package ca.gc.cpa.forms;

import ca.gc.cpa.domain.EngineClock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Refuses a task completion or a process start whose values break the task's Camunda Form or the
 * task's own {@link CompletionCheck}. It sits in the engine's command chain, so every client is
 * covered (Tasklist, REST, Java) and the refusal is a {@link FormFieldValidationException}: the REST
 * API answers 400 with the message, Tasklist shows it, and the task stays open.
 */
public class CompletionCheckInterceptor extends CommandInterceptor {

  private static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class, "taskId");
  private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
  private static final Field SUBMIT_TASK_ID = field(SubmitTaskFormCmd.class, "taskId");
  private static final Field SUBMIT_VARIABLES = field(SubmitTaskFormCmd.class, "properties");
  private static final Field START_FORM_DEFINITION = field(SubmitStartFormCmd.class, "processDefinitionId");
  private static final Field START_FORM_VARIABLES = field(SubmitStartFormCmd.class, "variables");
  private static final Field START_FORM_BUSINESS_KEY = field(SubmitStartFormCmd.class, "businessKey");
  private static final Field START_BUILDER = field(StartProcessInstanceCmd.class, "instantiationBuilder");

  /** parsed forms by process definition and activity; definitions never change once deployed */
  private final Map<String, Optional<CamundaForm>> forms = new ConcurrentHashMap<>();

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof CompleteTaskCmd) {
      checkTask((String) read(COMPLETE_TASK_ID, command), variables(read(COMPLETE_VARIABLES, command)));
    } else if (command instanceof SubmitTaskFormCmd) {
      checkTask((String) read(SUBMIT_TASK_ID, command), variables(read(SUBMIT_VARIABLES, command)));
    } else if (command instanceof SubmitStartFormCmd) {
      ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedProcessDefinitionById((String) read(START_FORM_DEFINITION, command));
      checkStart(definition, variables(read(START_FORM_VARIABLES, command)), (String) read(START_FORM_BUSINESS_KEY, command));
    } else if (command instanceof StartProcessInstanceCmd) {
      var builder = (org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl) read(START_BUILDER, command);
      if (builder.getModificationBuilder().getModificationOperations().isEmpty()) {
        checkStart(definition(builder), variables(builder.getVariables()), builder.getBusinessKey());
      }
    }
    return next.execute(command);
  }

  private void checkTask(String taskId, Map<String, Object> submitted) {
    CommandContext context = Context.getCommandContext();
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null || task.getExecution() == null) {
      return;   // the command itself reports a missing or standalone task
    }
    ActivityImpl activity = task.getExecution().getActivity();
    String cacheKey = task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
    boolean hasForm = task.getTaskDefinition() != null && task.getTaskDefinition().getCamundaFormDefinitionKey() != null;
    Optional<CamundaForm> form = !hasForm ? Optional.empty() : forms.computeIfAbsent(cacheKey,
        k -> context.runWithoutAuthorization(() -> readForm(new GetDeployedTaskFormCmd(taskId).execute(context))));
    FormValues values = new FormValues(submitted, task::getVariable, today(),
        task.getExecution().getProcessBusinessKey());
    check(form, activity, values, "Cannot complete the task '" + task.getName() + "'");
  }

  private void checkStart(ProcessDefinitionEntity definition, Map<String, Object> submitted, String businessKey) {
    if (definition == null) {
      return;
    }
    CommandContext context = Context.getCommandContext();
    ActivityImpl start = definition.getInitial();
    Optional<CamundaForm> form = definition.getStartFormDefinition() == null
        || definition.getStartFormDefinition().getCamundaFormDefinitionKey() == null
        ? Optional.empty()
        : forms.computeIfAbsent(definition.getId() + "#" + start.getId(),
            k -> context.runWithoutAuthorization(() -> readForm(new GetDeployedStartFormCmd(definition.getId()).execute(context))));
    FormValues values = new FormValues(submitted, k -> null, today(), businessKey);
    check(form, start, values,
        "Cannot start '" + (definition.getName() != null ? definition.getName() : definition.getKey()) + "'");
  }

  private static void check(Optional<CamundaForm> form, ActivityImpl activity, FormValues values,
      String what) {
    List<FieldViolation> violations = new ArrayList<>();
    form.ifPresent(f -> violations.addAll(FormRules.check(f, values)));
    CompletionCheck check = CompletionCheckParseListener.checkOf(activity);
    if (check != null) {
      // every problem at once; a field the form check already refused is not reported twice
      Set<String> refused = violations.stream().map(FieldViolation::field).collect(Collectors.toSet());
      check.check(values).stream().filter(v -> !refused.contains(v.field())).forEach(violations::add);
    }
    if (!violations.isEmpty()) {
      throw new FormFieldValidationException(List.copyOf(violations),
          what + ": " + String.join("; ", violations.stream().map(FieldViolation::toString).toList()));
    }
  }

  private static Optional<CamundaForm> readForm(InputStream json) {
    try (json) {
      return Optional.of(CamundaForm.read(json));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the deployed form", e);
    }
  }

  private static ProcessDefinitionEntity definition(org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl builder) {
    var cache = Context.getProcessEngineConfiguration().getDeploymentCache();
    if (builder.getProcessDefinitionId() != null) {
      return cache.findDeployedProcessDefinitionById(builder.getProcessDefinitionId());
    }
    return builder.getProcessDefinitionKey() == null
        ? null
        : cache.findDeployedLatestProcessDefinitionByKey(builder.getProcessDefinitionKey());
  }

  private static LocalDate today() {
    return EngineClock.today();
  }

  /** the submitted values, with typed values unwrapped */
  private static Map<String, Object> variables(Object raw) {
    Map<String, Object> out = new HashMap<>();
    if (raw instanceof Map<?, ?> map) {
      map.forEach((k, v) -> out.put(String.valueOf(k), v instanceof TypedValue t ? t.getValue() : v));
    }
    return out;
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field f = type.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Camunda's " + type.getSimpleName() + " has no field " + name, e);
    }
  }

  private static Object read(Field f, Object target) {
    try {
      return f.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
