package ca.gc.cpa.i18n;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * The French names of the processes and of their tasks, events and gateways, from one source: the model
 * itself, where each named element carries its French name as the Camunda extension property
 * {@value #PROPERTY} ({@code <camunda:property name="name_fr" value="Proposer un policier"/>}). Tasklist and
 * Cockpit show the names the engine stored in English; {@link FrenchResponses} puts these in their place.
 * Read from the deployed models (each version its own names), once per process definition.
 */
@Component
public class ModelNames {

  public static final String PROPERTY = "name" + BilingualForm.FRENCH;

  private final RepositoryService repository;
  /** process definition id -> element id (or the process's own id) -> French name */
  private final Map<String, Map<String, String>> byDefinition = new ConcurrentHashMap<>();

  public ModelNames(RepositoryService repository) {
    this.repository = repository;
  }

  static Map<String, String> read(BpmnModelInstance model) {
    Map<String, String> names = new HashMap<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      frenchName(process).ifPresent(name -> names.put(process.getId(), name));
    }
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {   // sub-processes' too
      frenchName(element).ifPresent(name -> names.put(element.getId(), name));
    }
    return names;
  }

  static Optional<String> frenchName(BaseElement element) {
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      return Optional.empty();
    }
    return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> PROPERTY.equals(p.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .filter(v -> v != null && !v.isBlank())
        .findFirst();
  }

  /** the French name of an element (or, with the process's key as element id, of the process) of a definition */
  public Optional<String> element(String processDefinitionId, String elementId) {
    if (processDefinitionId == null || elementId == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(byDefinition.computeIfAbsent(processDefinitionId, this::load).get(elementId));
  }

  /** the French name of a process, from its latest version */
  public Optional<String> process(String processKey) {
    ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult();
    return definition == null ? Optional.empty() : element(definition.getId(), processKey);
  }

  private Map<String, String> load(String processDefinitionId) {
    try {
      return read(repository.getBpmnModelInstance(processDefinitionId));
    } catch (ProcessEngineException e) {
      return Map.of();   // no such definition
    }
  }

  /** the process key in a process definition id ({@code key:version:uuid}) */
  public static String keyOf(String processDefinitionId) {
    int colon = processDefinitionId.indexOf(':');
    return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
  }
}
