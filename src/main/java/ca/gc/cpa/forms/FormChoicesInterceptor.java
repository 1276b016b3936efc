package ca.gc.cpa.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Fills a deployed form's caller-dependent option lists ({@link FormChoices}) as the form leaves the engine
 * for Tasklist or {@code deployed-form} / {@code deployed-start-form} over REST: a select or tag list whose
 * {@code valuesKey} the {@link FormChoices} bean knows gets static {@code values} for the authenticated user.
 * Tasklist loads no variables for a start form, so this is how a start form offers "what you may act for".
 */
public class FormChoicesInterceptor extends CommandInterceptor {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public <T> T execute(Command<T> command) {
    T result = next.execute(command);
    if ((command instanceof GetDeployedStartFormCmd || command instanceof GetDeployedTaskFormCmd)
        && result instanceof InputStream form) {
      @SuppressWarnings("unchecked")
      T filled = (T) fill(form);
      return filled;
    }
    return result;
  }

  private static InputStream fill(InputStream form) {
    try (form) {
      byte[] bytes = form.readAllBytes();
      Optional<FormChoices> choices = bean();
      if (choices.isEmpty()) {
        return new ByteArrayInputStream(bytes);
      }
      JsonNode root = JSON.readTree(bytes);
      CommandContext context = Context.getCommandContext();
      String userId = context.getAuthenticatedUserId();
      List<String> groups = context.getAuthenticatedGroupIds() == null ? List.of() : context.getAuthenticatedGroupIds();
      boolean changed = fill(root.path("components"), choices.get(), userId, groups);
      return new ByteArrayInputStream(changed ? JSON.writeValueAsBytes(root) : bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the deployed form", e);
    }
  }

  private static boolean fill(JsonNode components, FormChoices choices, String userId, List<String> groups) {
    boolean changed = false;
    for (JsonNode c : components) {
      if (c instanceof ObjectNode component && component.hasNonNull("valuesKey")) {
        Optional<List<FormChoices.Option>> options =
            choices.choices(component.get("valuesKey").asText(), userId, groups);
        if (options.isPresent()) {
          ArrayNode values = component.putArray("values");
          options.get().forEach(o -> values.addObject().put("label", o.label()).put("value", o.value()));
          component.remove("valuesKey");
          changed = true;
        }
      }
      changed |= fill(c.path("components"), choices, userId, groups);
    }
    return changed;
  }

  /** the bean through the engine's expressions (Spring's in the application, a registered mock in tests) */
  private static Optional<FormChoices> bean() {
    try {
      Object bean = Context.getProcessEngineConfiguration().getExpressionManager()
          .createExpression("${" + FormChoices.BEAN + "}").getValue(StartProcessVariableScope.getSharedInstance());
      return bean instanceof FormChoices c ? Optional.of(c) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();   // no such bean: a form with no caller-dependent lists
    }
  }
}
