package ca.gc.cpa.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Camunda Form in both official languages, from one source: each text a person reads (a label, a
 * description, a text component, an option's label, an adorner) carries its French beside it, under the same
 * name with {@value #FRENCH} ({@code "label": "Mission", "label_fr": "Mission"}). form-js reads only the
 * English names; {@link #in(JsonNode, Language)} gives the form a person sees in their language.
 */
public final class BilingualForm {

  public static final String FRENCH = "_fr";

  /** the names of form-js 1.8.7 properties that hold text for people (a date field's label is its dateLabel) */
  static final Set<String> TEXTS = Set.of("label", "dateLabel", "timeLabel", "description", "text", "content",
      "prefixAdorner", "suffixAdorner", "placeholder");

  private BilingualForm() {}

  /** the form in one language, without the other's texts (the schema is changed in place and returned) */
  public static JsonNode in(JsonNode form, Language language) {
    walk(form, language);
    return form;
  }

  private static void walk(JsonNode node, Language language) {
    if (node instanceof ObjectNode object) {
      if (language == Language.FR) {
        for (String text : TEXTS) {
          JsonNode french = object.get(text + FRENCH);
          if (french != null && french.isTextual() && object.has(text)) {
            object.set(text, french);
          }
        }
      }
      List<String> frenchNames = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getKey().endsWith(FRENCH)) {
          frenchNames.add(field.getKey());
        } else {
          walk(field.getValue(), language);
        }
      }
      object.remove(frenchNames);
    } else if (node != null && node.isArray()) {
      node.forEach(element -> walk(element, language));
    }
  }

  /** where a text has no French beside it (a path such as {@code components[2].values[0].label}); empty when none */
  public static List<String> withoutFrench(JsonNode form) {
    List<String> missing = new ArrayList<>();
    missing(form, "", missing);
    return missing;
  }

  private static void missing(JsonNode node, String path, List<String> out) {
    if (node instanceof ObjectNode object) {
      object.fields().forEachRemaining(field -> {
        String name = field.getKey();
        JsonNode value = field.getValue();
        String here = path.isEmpty() ? name : path + "." + name;
        if (TEXTS.contains(name) && value.isTextual() && !value.asText().isBlank()) {
          JsonNode french = object.get(name + FRENCH);
          if (french == null || !french.isTextual() || french.asText().isBlank()) {
            out.add(here);
          }
        } else {
          missing(value, here, out);
        }
      });
    } else if (node != null && node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        missing(node.get(i), path + "[" + i + "]", out);
      }
    }
  }
}
