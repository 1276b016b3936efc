package ca.gc.cpa.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The web apps speak French on every screen: the French dictionary of each app (ours, under
 * META-INF/resources/webjars/camunda/app/&lt;app&gt;/locales/fr.json) has exactly the keys of the English one
 * Camunda 7.24 ships in its webjar, so no screen shows a raw key or falls back to English, and keeps each
 * placeholder the app fills in.
 */
class WebAppTranslationsTest {

  private static final String APP = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|%[sd]");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void theFrenchDictionaryHasEveryKeyOfCamundasEnglishOneAndKeepsItsPlaceholders(String app) throws IOException {
    Map<String, String> english = flatten(read(APP + app + "/locales/en.json"));
    Map<String, String> french = flatten(read(APP + app + "/locales/fr.json"));

    assertThat(english).as("Camunda's English dictionary of " + app).hasSizeGreaterThan(150);
    assertThat(french.keySet()).as(app + ": keys of fr.json").containsExactlyInAnyOrderElementsOf(english.keySet());
    english.forEach((key, text) -> {
      if (!text.isBlank()) {
        assertThat(french.get(key)).as(app + " " + key).isNotBlank();
      }
      assertThat(placeholders(french.get(key))).as(app + " " + key + ": placeholders").isEqualTo(placeholders(text));
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void eachAppOffersFrenchAndLoadsTheLanguageChoice(String app) throws IOException {
    String config = text(APP + app + "/scripts/config.js");
    assertThat(config).contains("availableLocales: ['en', 'fr']").contains("from '../../cpa/language.js'")
        .contains("vendor: inLanguage(VENDOR)").containsPattern("name: inLanguage\\(\\{en: '[^']+', fr: \"[^\"]+\"}\\)");
    assertThat(text(APP + "cpa/language.js")).contains("export const LANGUAGES = ['en', 'fr']");
  }

  private static Map<String, String> placeholders(String text) {
    Map<String, String> found = new TreeMap<>();
    Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
    while (m.find()) {
      found.merge(m.group().replace(" ", ""), "x", String::concat);
    }
    return found;
  }

  private static Map<String, String> flatten(JsonNode node) {
    Map<String, String> out = new TreeMap<>();
    flatten("", node, out);
    return out;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), out);
      }
    } else {
      out.put(path, node.asText());
    }
  }

  private static JsonNode read(String resource) throws IOException {
    return JSON.readTree(text(resource));
  }

  private static String text(String resource) throws IOException {
    try (InputStream in = WebAppTranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
  }
}
