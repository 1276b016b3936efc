package ca.gc.cpa.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The items of a JSON array as texts (Spin's Json values, a checklist's or tag list's value, print as JSON). */
final class JsonList {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonList() {}

  static Optional<List<String>> items(String json) {
    try {
      JsonNode node = JSON.readTree(json);
      if (node == null || !node.isArray()) {
        return Optional.empty();
      }
      List<String> items = new ArrayList<>();
      node.forEach(n -> items.add(n.isTextual() ? n.asText() : n.toString()));
      return Optional.of(items);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
