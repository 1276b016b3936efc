package ca.gc.cpa.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The texts Camunda's web apps show, in one language, from the dictionaries the application serves: English as
 * Camunda 7.24 ships it (the webjar), French as this project ships it ({@code locales/fr.json} of each app). A test
 * finds a button by the text a person of that language reads, not by a text written into the test.
 */
final class WebAppTexts {

  private static final ObjectMapper JSON = new ObjectMapper();

  final String language;
  private final Map<String, JsonNode> labels = new HashMap<>();

  WebAppTexts(String language) {
    this.language = language;
  }

  String tasklist(String key) {
    return text("tasklist", key);
  }

  String cockpit(String key) {
    return text("cockpit", key);
  }

  String admin(String key) {
    return text("admin", key);
  }

  /** the text of a key of an app's dictionary; fails on a key the dictionary lacks */
  String text(String app, String key) {
    JsonNode text = labels.computeIfAbsent(app, this::read).get(key);
    if (text == null || !text.isTextual()) {
      throw new IllegalArgumentException(app + "/locales/" + language + ".json has no " + key);
    }
    return text.asText();
  }

  private JsonNode read(String app) {
    String path = "/META-INF/resources/webjars/camunda/app/" + app + "/locales/" + language + ".json";
    try (InputStream in = WebAppTexts.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no " + path + " on the classpath");
      }
      return JSON.readTree(in).path("labels");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
