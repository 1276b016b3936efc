package ca.gc.cpa.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist and Cockpit in French where the texts are the project's own: for a request in French (see
 * {@link RequestLanguage}), the engine's answers that carry them are given in French on their way out:
 * <ul>
 *   <li>a task's or start event's Camunda Form ({@code …/deployed-form}, {@code …/deployed-start-form}): the
 *   form's French texts ({@link BilingualForm});</li>
 *   <li>a model's XML ({@code …/process-definition/{id}/xml}, which Cockpit draws): each element's French name;</li>
 *   <li>any JSON that names a task, an activity or a process (task lists, task details, Tasklist's filter lists,
 *   activity instances, process definitions): the French name from the model ({@link ModelNames});</li>
 *   <li>Tasklist's filters: the French name and description each keeps in its properties ({@code name_fr});</li>
 *   <li>any refusal (4xx), whatever the request's method: its message ({@link FrenchMessages}).</li>
 * </ul>
 * The engine keeps storing and answering English; only what a person reads changes, never an id, a key or a
 * value. An answer that cannot be read as expected goes out unchanged.
 */
public class FrenchResponses extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(FrenchResponses.class);
  private static final Pattern FORM = Pattern.compile(".*/deployed-(start-)?form$");
  private static final Pattern XML = Pattern.compile(".*/process-definition/[^/]+/xml$");
  /** queries sent as POST that answer with names: Tasklist's list of a filter's tasks, a task query */
  private static final Pattern POSTED_QUERY = Pattern.compile(".*/(filter/[^/]+/list|task)$");
  /** what people send: a task's completion, a start form; a refusal's message is translated */
  private static final Pattern TASK_SENT = Pattern.compile(".*/task/([^/]+)/(complete|submit-form|resolve)$");
  /** the completion check's frame (forms.FormCompletionCheck), the only refusal that names its task or process */
  private static final Pattern QUOTED_NAME = Pattern.compile("^(Cannot complete the task |Cannot start )'[^']*'");
  private static final Pattern START_SENT = Pattern.compile(".*/process-definition/(key/)?([^/]+)/(start|submit-form)$");

  private final ModelNames names;
  private final TaskService tasks;
  private final ObjectMapper json = new ObjectMapper();

  public FrenchResponses(ModelNames names, TaskService tasks) {
    this.names = names;
    this.tasks = tasks;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return RequestLanguage.of(request) != Language.FR;
  }

  /** a request whose answer names tasks, activities or processes: a GET, a query sent as POST, a completion, a start */
  private static boolean reading(HttpServletRequest request) {
    String method = request.getMethod();
    String path = request.getRequestURI();
    return "GET".equals(method) || "POST".equals(method) && (POSTED_QUERY.matcher(path).matches()
        || TASK_SENT.matcher(path).matches() || START_SENT.matcher(path).matches());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    byte[] body = answer.getContentAsByteArray();
    String type = answer.getContentType();
    boolean refused = answer.getStatus() >= 400 && answer.getStatus() < 500;
    if ((answer.getStatus() == HttpServletResponse.SC_OK && reading(request) || refused) && body.length > 0
        && type != null && type.contains("json")) {
      try {
        JsonNode tree = json.readTree(body);
        body = refused ? refusal(request.getRequestURI(), tree) : translate(request.getRequestURI(), tree);
      } catch (IOException | RuntimeException e) {
        LOG.debug("Answer of {} left in English: {}", request.getRequestURI(), e.toString());
      }
    }
    answer.resetBuffer();
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  byte[] translate(String path, JsonNode answer) throws IOException {
    if (FORM.matcher(path).matches()) {
      BilingualForm.in(answer, Language.FR);
    } else if (XML.matcher(path).matches() && answer instanceof ObjectNode definition && definition.hasNonNull("bpmn20Xml")) {
      definition.put("bpmn20Xml", frenchModel(definition.get("id").asText(), definition.get("bpmn20Xml").asText()));
    } else {
      rename(answer);
    }
    return json.writeValueAsBytes(answer);
  }

  /**
   * A refusal's message in French ({@link FrenchMessages}), with the task's or the process's French name in the
   * place of its English one
   */
  byte[] refusal(String path, JsonNode answer) throws IOException {
    if (answer instanceof ObjectNode error && error.hasNonNull("message")) {
      error.put("message", FrenchMessages.catalogue().translate(withFrenchName(path, error.get("message").asText())));
    }
    return json.writeValueAsBytes(answer);
  }

  /** the message with the French name of the task or process it names between quotes ('Plan the mission') */
  private String withFrenchName(String path, String message) {
    Matcher task = TASK_SENT.matcher(path);
    Matcher start = START_SENT.matcher(path);
    java.util.Optional<String> french = java.util.Optional.empty();
    if (task.matches()) {
      Task open = tasks.createTaskQuery().taskId(task.group(1)).singleResult();
      if (open != null) {
        french = names.element(open.getProcessDefinitionId(), open.getTaskDefinitionKey());
      }
    } else if (start.matches()) {
      french = start.group(1) != null ? names.process(start.group(2))
          : names.element(start.group(2), ModelNames.keyOf(start.group(2)));
    }
    return french.map(name -> QUOTED_NAME.matcher(message).replaceFirst("$1'" + Matcher.quoteReplacement(name) + "'"))
        .orElse(message);
  }

  /** the model with each element's French name in its name, for the diagram */
  private String frenchModel(String processDefinitionId, String xml) {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      ModelNames.frenchName(element).ifPresent(name -> element.setAttributeValue("name", name));
    }
    return Bpmn.convertToString(model);
  }

  private void rename(JsonNode node) {
    if (node instanceof ObjectNode object) {
      String definition = text(object, "processDefinitionId");
      if (definition != null) {
        replace(object, "name", definition, text(object, "taskDefinitionKey"));
        replace(object, "activityName", definition, text(object, "activityId"));
        replace(object, "processDefinitionName", definition, ModelNames.keyOf(definition));
      } else if (object.has("key") && object.has("version") && object.has("id")) {
        replace(object, "name", text(object, "id"), text(object, "key"));   // a process definition
      } else if (object.has("resourceType") && object.get("properties") instanceof ObjectNode properties) {
        // a Tasklist filter: its French name and description kept in its properties (identity.IdentitySetup)
        for (String field : new String[] {"name", "description"}) {
          ObjectNode holder = field.equals("name") ? object : properties;
          if (properties.path(field + BilingualForm.FRENCH).isTextual() && holder.has(field)) {
            holder.put(field, properties.get(field + BilingualForm.FRENCH).asText());
          }
        }
      }
      object.forEach(this::rename);
    } else if (node != null && node.isArray()) {
      node.forEach(this::rename);
    }
  }

  private void replace(ObjectNode object, String field, String processDefinitionId, String elementId) {
    if (elementId != null && object.hasNonNull(field)) {
      names.element(processDefinitionId, elementId).ifPresent(french -> object.put(field, french));
    }
  }

  private static String text(ObjectNode object, String field) {
    JsonNode value = object.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }
}
