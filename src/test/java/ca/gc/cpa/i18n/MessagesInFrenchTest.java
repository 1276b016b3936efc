package ca.gc.cpa.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Every message a person can read from a refusal of the server (a completion or a start refused by its check, an
 * {@code /api} error, the engine's REST API refusing what the project guards) has its French in the catalogue, with
 * every part it fills in: the messages are read from the sources ({@link MessageTemplates}), not from a list kept by
 * hand, so a message added without its French fails here.
 */
class MessagesInFrenchTest {

  static final MessageTemplates SOURCES = MessageTemplates.read(Path.of("src/main/java"));
  static final FrenchMessages CATALOGUE = FrenchMessages.catalogue();

  @Test
  void everyMessageCanBeReadAsATemplate() {
    assertThat(SOURCES.unreadable).as("messages the catalogue cannot be checked against").isEmpty();
  }

  @Test
  void everyMessageHasItsFrenchWithWhatItFillsIn() {
    Map<String, Set<String>> missing = new TreeMap<>();
    Map<String, String> losing = new TreeMap<>();
    SOURCES.templates.forEach((template, where) -> {
      String sample = sample(template);
      if (CATALOGUE.lineFor(sample).filter(line -> fillsInOnly(line, sample)).isEmpty()) {
        missing.put(template, where);
      } else {
        String french = CATALOGUE.translate(sample);
        for (int i = 1; i <= placeholders(template); i++) {
          if (!french.contains(token(i))) {
            losing.put(template, french);
          }
        }
      }
    });
    assertThat(missing).as("messages without a line in " + FrenchMessages.CATALOGUE + " (template: where it is made)").isEmpty();
    assertThat(losing).as("messages whose French loses a part they fill in").isEmpty();
  }

  @Test
  void everyLineOfTheCatalogueGivesTheFrenchOfAMessageOfTheSources() {
    Set<String> used = new HashSet<>();
    SOURCES.templates.keySet().forEach(t -> CATALOGUE.lineFor(sample(t)).filter(line -> fillsInOnly(line, sample(t)))
        .ifPresent(line -> used.add(line.english())));
    Set<String> dead = new TreeSet<>();
    CATALOGUE.lines().stream().map(FrenchMessages.Line::english).filter(e -> !used.contains(e)).forEach(dead::add);
    assertThat(dead).as("lines of " + FrenchMessages.CATALOGUE + " no message of the sources uses").isEmpty();
  }

  @Test
  void theSourcesAreReadWhereMessagesAreMade() {
    // a few messages of each kind of place, so that a reader finding nothing cannot pass
    assertThat(SOURCES.templates).containsKeys(
        "must not be in the future",                                  // new FieldViolation(field, "…")
        "must be on or after the officer's arrival ({})",             // a concatenation
        "{} cannot be nominated: {}",                                 // "…".formatted(…)
        "a mission's ceiling is at least 1 (close the mission instead)", // a @UserMessage method
        "no such request",                                            // ApiError.of(field, "…")
        "must be UN, EU or STATE",                                    // Bean Validation's message
        "Cannot complete the task '{}': {}");                         // the completion check's frame
    assertThat(SOURCES.templates.size()).isGreaterThan(100);
  }

  /**
   * whether the line takes from the message only what the message fills in (or a number written in it): a line
   * "must be {} to {}" gives "must be 6 to 24" its French, "must be on or before today: {}" would leave the English
   * of "must be on or before today: confirm a departure once it happened" in the French
   */
  static boolean fillsInOnly(FrenchMessages.Line line, String sample) {
    Matcher m = line.pattern().matcher(sample);
    if (!m.matches()) {
      return false;
    }
    for (int i = 1; i <= m.groupCount(); i++) {
      if (!m.group(i).matches("X\\d+X|\\d+")) {
        return false;
      }
    }
    return true;
  }

  /** the template with a token of its own for each part it fills in */
  static String sample(String template) {
    String[] pieces = template.split("\\{}", -1);
    StringBuilder out = new StringBuilder(pieces[0]);
    for (int i = 1; i < pieces.length; i++) {
      out.append(token(i)).append(pieces[i]);
    }
    return out.toString();
  }

  static int placeholders(String template) {
    return template.split("\\{}", -1).length - 1;
  }

  static String token(int i) {
    return "X" + i + "X";
  }
}
