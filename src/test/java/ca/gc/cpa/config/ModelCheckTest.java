package ca.gc.cpa.config;

import static org.assertj.core.api.Assertions.assertThat;

import ca.gc.cpa.forms.CompletionCheck;
import ca.gc.cpa.forms.CompletionCheckParseListener;
import ca.gc.cpa.identity.AccessMatrix;
import ca.gc.cpa.support.CpaAppTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The models and forms as the running application deployed them: every user task and start form has
 * its Camunda Form in the same deployment, every form component is one Tasklist 7.24 renders, every
 * delegate, listener and completion check names an existing bean of the right kind, every process has
 * a diagram and a history time to live.
 */
@CpaAppTest
class ModelCheckTest {

  /** form-js 1.8.7 (Tasklist 7.24) components */
  static final Set<String> RENDERED = Set.of("textfield", "textarea", "number", "datetime", "expression", "checkbox",
      "checklist", "radio", "select", "taglist", "text", "image", "table", "html", "spacer", "separator", "group",
      "dynamiclist", "iframe", "button", "default");
  static final Pattern BEAN = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)\\}$");
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  ProcessEngine engine;

  @Autowired
  ApplicationContext context;

  Map<String, JsonNode> forms = new HashMap<>();
  List<BpmnModelInstance> models = new ArrayList<>();

  @BeforeEach
  void load() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".form")).toList()) {
        JsonNode form = JSON.readTree(f.toFile());
        forms.put(form.get("id").asText(), form);
      }
    }
    for (ProcessDefinition d : projectDefinitions()) {
      models.add(engine.getRepositoryService().getBpmnModelInstance(d.getId()));
    }
    assertThat(models).hasSize(AccessMatrix.PROCESSES.size());
  }

  @Test
  void everyUserTaskAndStartFormHasItsCamundaFormDeployedWithIt() {
    for (ProcessDefinition d : projectDefinitions()) {
      BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(d.getId());
      List<String> deployed = engine.getRepositoryService().getDeploymentResourceNames(d.getDeploymentId());
      for (BaseElement element : withForms(model)) {
        String ref = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
        if (element instanceof UserTask) {
          assertThat(ref).as("%s in %s has a Camunda Form", element.getId(), d.getKey()).isNotBlank();
        }
        if (ref == null) {
          continue;
        }
        assertThat(forms).as("form %s of %s", ref, element.getId()).containsKey(ref);
        assertThat(deployed).as("form %s deployed with %s", ref, d.getKey()).anyMatch(n -> n.endsWith(ref + ".form"));
        assertThat(element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding"))
            .isEqualTo("deployment");
      }
    }
  }

  @Test
  void everyFormComponentIsOneTasklistRendersAndEveryInputHasAKey() {
    forms.forEach((id, form) -> {
      assertThat(form.get("schemaVersion").asInt()).as(id).isLessThanOrEqualTo(16);
      walk(form.get("components"), c -> {
        String type = c.path("type").asText();
        assertThat(RENDERED).as("%s: component %s", id, c.path("id").asText()).contains(type);
        if (Set.of("textfield", "textarea", "number", "datetime", "checkbox", "checklist", "radio", "select", "taglist")
            .contains(type)) {
          assertThat(c.path("key").asText()).as("%s: input %s has a key", id, c.path("id").asText()).isNotBlank();
        }
      });
    });
  }

  @Test
  void everyDelegateListenerAndCompletionCheckNamesABeanOfTheRightKind() {
    for (BpmnModelInstance model : models) {
      for (org.camunda.bpm.model.xml.instance.ModelElementInstance e : model.getModelElementsByType(
          model.getModel().getType(BaseElement.class))) {
        BaseElement element = (BaseElement) e;
        String delegate = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "delegateExpression");
        if (delegate != null) {
          assertThat(bean(delegate, element)).as("delegate of %s", element.getId()).isInstanceOf(JavaDelegate.class);
        }
      }
      for (org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener l
          : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener.class)) {
        if (l.getCamundaDelegateExpression() != null) {
          assertThat(bean(l.getCamundaDelegateExpression(), null)).isInstanceOf(TaskListener.class);
        }
      }
      for (org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener l
          : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener.class)) {
        if (l.getCamundaDelegateExpression() != null) {
          assertThat(bean(l.getCamundaDelegateExpression(), null))
              .isInstanceOf(org.camunda.bpm.engine.delegate.ExecutionListener.class);
        }
      }
      for (CamundaProperty p : model.getModelElementsByType(CamundaProperty.class)) {
        if (CompletionCheckParseListener.PROPERTY.equals(p.getCamundaName())) {
          assertThat(context.getBean(p.getCamundaValue())).as("completionCheck %s", p.getCamundaValue())
              .isInstanceOf(CompletionCheck.class);
        }
      }
    }
  }

  @Test
  void everyProcessHasADiagramWithEveryFlowNodeAndAHistoryTimeToLive() {
    for (BpmnModelInstance model : models) {
      Set<String> shapes = new java.util.HashSet<>();
      model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
      for (Process p : model.getModelElementsByType(Process.class)) {
        assertThat(p.getCamundaHistoryTimeToLiveString()).as("HTTL of %s", p.getId()).isNotBlank();
        assertThat(p.getDocumentations()).as("documentation of %s", p.getId()).isNotEmpty();
      }
      model.getModelElementsByType(FlowNode.class)
          .forEach(n -> assertThat(shapes).as("shape of %s", n.getId()).contains(n.getId()));
    }
  }

  /** the processes of processes/ (other tests may deploy probes of their own into the same engine) */
  private List<ProcessDefinition> projectDefinitions() {
    return engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list().stream()
        .filter(d -> AccessMatrix.PROCESSES.contains(d.getKey())).toList();
  }

  private Object bean(String expression, BaseElement element) {
    Matcher m = BEAN.matcher(expression);
    assertThat(m.matches()).as("%s names one bean", expression).isTrue();
    return context.getBean(m.group(1));
  }

  private static List<BaseElement> withForms(BpmnModelInstance model) {
    List<BaseElement> out = new ArrayList<>(model.getModelElementsByType(UserTask.class));
    model.getModelElementsByType(StartEvent.class).stream()
        .filter(s -> s.getParentElement() instanceof Process).forEach(out::add);
    return out;
  }

  private static void walk(JsonNode components, java.util.function.Consumer<JsonNode> visit) {
    if (components == null) {
      return;
    }
    for (JsonNode c : components) {
      visit.accept(c);
      walk(c.get("components"), visit);
    }
  }
}
