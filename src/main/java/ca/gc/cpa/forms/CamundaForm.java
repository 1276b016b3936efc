package ca.gc.cpa.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The input fields of a Camunda Form, read from its form-js JSON. */
public record CamundaForm(String id, List<FormField> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** form-js components that hold a value under their key */
  private static final Set<String> INPUT_TYPES = Set.of(
      "textfield", "textarea", "number", "datetime", "checkbox", "checklist", "radio", "select", "taglist");

  public static CamundaForm read(InputStream json) throws IOException {
    JsonNode root = JSON.readTree(json);
    List<FormField> fields = new ArrayList<>();
    collect(root.path("components"), false, fields);
    return new CamundaForm(root.path("id").asText(), List.copyOf(fields));
  }

  public Optional<FormField> field(String key) {
    return fields.stream().filter(f -> f.key().equals(key)).findFirst();
  }

  private static void collect(JsonNode components, boolean insideConditional, List<FormField> out) {
    for (JsonNode c : components) {
      boolean conditional = insideConditional || c.hasNonNull("conditional");
      String type = c.path("type").asText();
      if (INPUT_TYPES.contains(type) && c.hasNonNull("key")) {
        out.add(field(c, type, conditional));
      }
      collect(c.path("components"), conditional, out);
    }
  }

  private static FormField field(JsonNode c, String type, boolean conditional) {
    JsonNode v = c.path("validate");
    Set<String> options = new LinkedHashSet<>();
    c.path("values").forEach(o -> options.add(o.path("value").asText()));
    boolean editable = !c.path("disabled").asBoolean(false) && !c.path("readonly").asBoolean(false);
    return new FormField(
        c.path("key").asText(),
        type,
        c.path("label").asText(c.path("dateLabel").asText(c.path("key").asText())),   // a date field's label is its dateLabel
        v.path("required").asBoolean(false),
        v.hasNonNull("min") ? v.get("min").asDouble() : null,
        v.hasNonNull("max") ? v.get("max").asDouble() : null,
        v.hasNonNull("minLength") ? v.get("minLength").asInt() : null,
        v.hasNonNull("maxLength") ? v.get("maxLength").asInt() : null,
        v.hasNonNull("pattern") ? v.get("pattern").asText() : null,
        Set.copyOf(options),
        c.path("subtype").asText(null),
        c.path("disallowPassedDates").asBoolean(false),
        editable,
        conditional);
  }
}
