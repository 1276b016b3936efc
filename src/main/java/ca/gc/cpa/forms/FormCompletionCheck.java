package ca.gc.cpa.forms;

import ca.gc.cpa.domain.EngineClock;
import ca.gc.cpa.i18n.UserMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.core.variable.scope.LoadedVariables;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The server's check of every task completion and of every start through a start form, whoever the client
 * (Tasklist, REST, Java): the engine calls it as the first listener on {@code complete} of every user task and
 * on {@code start} of a process's start event ({@link CompletionCheckParseListener} adds it). By then the
 * engine has checked that the caller may work the task or start the process, so a refusal never speaks to
 * someone who may not act. It refuses, naming each key:
 * <ol>
 *   <li>a value whose key the form does not declare as an editable field (undeclared, read-only, disabled),
 *       or that is named like a server component (a variable of that name would hide it in expressions);</li>
 *   <li>a value that breaks what the form declares ({@link FormRules});</li>
 *   <li>a value that breaks the task's own domain rules ({@link CompletionCheck}).</li>
 * </ol>
 * The refusal is a {@link FormFieldValidationException}: the command rolls back, nothing is written, the task
 * stays open (or no instance exists), and {@link CompletionRefusals} lets the REST layer answer 400.
 */
public class FormCompletionCheck implements TaskListener, ExecutionListener {

  private final Predicate<String> isBean;
  /** parsed forms by process definition and activity; definitions never change once deployed */
  private final Map<String, Optional<CamundaForm>> forms = new ConcurrentHashMap<>();

  /** @param isBean whether a name is that of a server component reachable from expressions */
  public FormCompletionCheck(Predicate<String> isBean) {
    this.isBean = isBean;
  }

  @Override
  public void notify(DelegateTask delegateTask) {
    TaskEntity task = (TaskEntity) delegateTask;
    ExecutionEntity execution = task.getExecution();
    if (execution == null) {
      return;   // standalone tasks are off (standalone-tasks-enabled: false)
    }
    CommandContext context = Context.getCommandContext();
    Set<String> keys = submittedKeys(task.getProcessInstanceId(), task, execution);
    boolean hasForm = task.getTaskDefinition() != null && task.getTaskDefinition().getCamundaFormDefinitionKey() != null;
    Optional<CamundaForm> form = !hasForm ? Optional.empty()
        : forms.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
            k -> context.runWithoutAuthorization(() -> readForm(new GetDeployedTaskFormCmd(task.getId()).execute(context))));
    List<FieldViolation> violations = violations(form, keys, execution.getActivity(), values(keys, task));
    if (!violations.isEmpty()) {
      throw refusal(violations, "Cannot complete the task '%s': %s".formatted(task.getName(), listed(violations)));
    }
  }

  @Override
  public void notify(DelegateExecution delegateExecution) {
    ExecutionEntity execution = (ExecutionEntity) delegateExecution;
    ProcessDefinitionEntity definition = execution.getProcessDefinition();
    if (definition.getStartFormDefinition() == null
        || definition.getStartFormDefinition().getCamundaFormDefinitionKey() == null) {
      return;   // a process started by the system, without a start form
    }
    CommandContext context = Context.getCommandContext();
    Set<String> keys = submittedKeys(execution.getProcessInstanceId(), execution);
    Object initiator = definition.getProperty(BpmnParse.PROPERTYNAME_INITIATOR_VARIABLE_NAME);
    keys.remove(initiator);   // set by the engine: the authenticated user who starts
    ActivityImpl start = definition.getInitial();
    Optional<CamundaForm> form = forms.computeIfAbsent(definition.getId() + "#" + start.getId(),
        k -> context.runWithoutAuthorization(() -> readForm(new GetDeployedStartFormCmd(definition.getId()).execute(context))));
    Map<String, Object> submitted = new LinkedHashMap<>();
    keys.forEach(k -> submitted.put(k, execution.getVariable(k)));
    FormValues values = new FormValues(submitted, k -> null, EngineClock.today(), execution.getProcessBusinessKey());
    String name = definition.getName() != null ? definition.getName() : definition.getKey();
    List<FieldViolation> violations = violations(form, keys, start, values);
    if (!violations.isEmpty()) {
      throw refusal(violations, "Cannot start '%s': %s".formatted(name, listed(violations)));
    }
  }

  /**
   * What this command wrote into the instance, and any transient value on the scopes it could reach. A transient
   * value leaves no history event, so the scopes are read; only those this command has touched (a value set
   * through the task lands in a scope the engine loaded to find where it goes), so that a check of a task deep in
   * a selection does not load every variable of every scope above it.
   */
  private static Set<String> submittedKeys(String processInstanceId, AbstractVariableScope... scopes) {
    Set<String> keys = new LinkedHashSet<>(SubmittedVariables.current().of(processInstanceId));
    List<AbstractVariableScope> chain = new ArrayList<>();
    for (AbstractVariableScope scope : scopes) {
      for (AbstractVariableScope s = scope; s != null; s = s.getParentVariableScope()) {
        if (!chain.contains(s)) {
          chain.add(s);
        }
      }
    }
    for (AbstractVariableScope scope : chain) {
      if (!LoadedVariables.inMemory(scope)) {
        continue;
      }
      VariableMap local = scope.getVariablesLocalTyped(false);
      local.keySet().stream().filter(name -> local.getValueTyped(name).isTransient()).forEach(keys::add);
    }
    return keys;
  }

  private static FormValues values(Set<String> keys, TaskEntity task) {
    Map<String, Object> submitted = new LinkedHashMap<>();
    keys.forEach(k -> submitted.put(k, task.getVariable(k)));
    return new FormValues(submitted, task::getVariable, EngineClock.today(), task.getExecution().getProcessBusinessKey());
  }

  private List<FieldViolation> violations(Optional<CamundaForm> form, Set<String> keys, ActivityImpl activity,
      FormValues values) {
    List<FieldViolation> violations = new ArrayList<>(FormRules.checkKeys(form.orElse(null), keys, isBean));
    if (violations.isEmpty()) {
      form.ifPresent(f -> violations.addAll(FormRules.check(f, values)));
      CompletionCheck check = CompletionCheckParseListener.checkOf(activity);
      if (check != null) {
        // every problem at once; a field the form check already refused is not reported twice
        Set<String> refused = violations.stream().map(FieldViolation::field).collect(Collectors.toSet());
        check.check(values).stream().filter(v -> !refused.contains(v.field())).forEach(violations::add);
      }
    }
    return violations;
  }

  /** "field: reason; field: reason" */
  private static String listed(List<FieldViolation> violations) {
    return String.join("; ", violations.stream().map(FieldViolation::toString).toList());
  }

  private static FormFieldValidationException refusal(List<FieldViolation> violations, @UserMessage String message) {
    FormFieldValidationException refusal = new FormFieldValidationException(List.copyOf(violations), message);
    CompletionRefusals.remember(refusal);
    return refusal;
  }

  private static Optional<CamundaForm> readForm(InputStream json) {
    try (json) {
      return Optional.of(CamundaForm.read(json));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the deployed form", e);
    }
  }
}
