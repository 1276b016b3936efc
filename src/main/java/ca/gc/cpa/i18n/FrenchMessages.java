package ca.gc.cpa.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The French of the messages the server refuses with, from one catalogue ({@code i18n/messages-fr.txt}): each line
 * an English message and its French, {@code {}} for a part the message fills in, {@code {label}} for a form field's
 * label. What a message fills in is given in French too where it can be:
 * <ul>
 *   <li>a field's label: its French in the form ({@code label_fr}, {@code dateLabel_fr} of the forms deployed);</li>
 *   <li>a list of refused values ("field: reason; field: reason", the completion check's frame): reason by reason,
 *       the fields as they are;</li>
 *   <li>a message of the catalogue itself (where an officer is: "on tour DEP-2026-0009 (MSN-X-2026), in training");</li>
 *   <li>a decimal number, with a decimal comma;</li>
 * </ul>
 * anything else (a key, a date, a name) as it is. A message without a line stays in English
 * ({@code i18n.MessagesInFrenchTest} fails on any message of the sources without one).
 */
public final class FrenchMessages {

  static final String CATALOGUE = "i18n/messages-fr.txt";
  /** where the forms are: as the engine deploys them (application.yaml) */
  static final String FORMS = "classpath*:**/*.form";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(label)?}");
  private static final String FIELD = "[A-Za-z_][\\w.\\[\\]]*: ";
  /** "field: reason; field: reason" */
  private static final Pattern VIOLATIONS = Pattern.compile(FIELD + ".*", Pattern.DOTALL);
  private static final Pattern NEXT_VIOLATION = Pattern.compile("; (?=" + FIELD + ")");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
  private static final FrenchMessages INSTANCE = load();

  /**
   * @param english the English template
   * @param labels for each part the English fills in, in order: whether it is a field's label
   */
  record Line(String english, Pattern pattern, List<Boolean> labels, String french, int literalLength) {}

  private final List<Line> lines;
  private final Map<String, String> frenchLabels;

  FrenchMessages(List<Line> lines, Map<String, String> frenchLabels) {
    // the most specific first: the longest English text outside the placeholders
    this.lines = lines.stream().sorted(Comparator.comparingInt(Line::literalLength).reversed()).toList();
    this.frenchLabels = frenchLabels;
  }

  public static FrenchMessages catalogue() {
    return INSTANCE;
  }

  /** the catalogue's lines, the most specific first */
  List<Line> lines() {
    return lines;
  }

  /** the line that gives a message its French, if any */
  Optional<Line> lineFor(String english) {
    return lines.stream().filter(line -> line.pattern().matcher(english).matches()).findFirst();
  }

  /** the French of a message; the English when the catalogue has no line for it */
  public String translate(String english) {
    if (english == null) {
      return null;
    }
    return french(english).orElse(english);
  }

  Optional<String> french(String english) {
    for (Line line : lines) {
      Matcher m = line.pattern().matcher(english);
      if (m.matches()) {
        StringBuilder out = new StringBuilder();
        String[] pieces = PLACEHOLDER.split(line.french(), -1);
        for (int i = 0; i < pieces.length; i++) {
          out.append(pieces[i]);
          if (i < m.groupCount()) {
            out.append(part(m.group(i + 1), line.labels().get(i)));
          }
        }
        return Optional.of(out.toString());
      }
    }
    return Optional.empty();
  }

  /** a part a message fills in, in French where it can be (see the class) */
  private String part(String value, boolean label) {
    if (label) {
      return frenchLabels.getOrDefault(value, value);
    }
    if (VIOLATIONS.matcher(value).matches()) {
      List<String> violations = new ArrayList<>();
      for (String violation : NEXT_VIOLATION.split(value)) {
        int colon = violation.indexOf(": ");
        violations.add(violation.substring(0, colon) + " : " + translate(violation.substring(colon + 2)));
      }
      return String.join("; ", violations);
    }
    Optional<String> message = french(value);
    if (message.isPresent()) {
      return message.get();
    }
    return DECIMAL.matcher(value).matches() ? value.replace('.', ',') : value;
  }

  static FrenchMessages load() {
    try (InputStream in = FrenchMessages.class.getClassLoader().getResourceAsStream(CATALOGUE)) {
      if (in == null) {
        throw new IllegalStateException("No " + CATALOGUE + " on the classpath");
      }
      List<Line> lines = new ArrayList<>();
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .forEach(l -> lines.add(line(l)));
      return new FrenchMessages(lines, frenchLabels());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Line line(String text) {
    int arrow = text.indexOf(" => ");
    if (arrow < 0) {
      throw new IllegalStateException(CATALOGUE + ": no ' => ' in: " + text);
    }
    String english = text.substring(0, arrow).strip();
    String french = text.substring(arrow + 4).strip();
    List<String> englishParts = placeholders(english);
    if (!englishParts.equals(placeholders(french))) {
      throw new IllegalStateException(CATALOGUE + ": the French does not fill in what the English does: " + text);
    }
    String[] pieces = PLACEHOLDER.split(english, -1);
    StringBuilder regex = new StringBuilder();
    int literal = 0;
    for (int i = 0; i < pieces.length; i++) {
      regex.append(Pattern.quote(pieces[i]));
      literal += pieces[i].length();
      if (i < pieces.length - 1) {
        regex.append("(.+?)");
      }
    }
    return new Line(english, Pattern.compile(regex.toString(), Pattern.DOTALL),
        englishParts.stream().map(p -> p.equals("{label}")).toList(), french, literal);
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  /** each English label of the forms with its French (one French in every form: i18n.ProjectTextsInFrenchTest) */
  static Map<String, String> frenchLabels() {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> labels = new HashMap<>();
    try {
      Resource[] forms = new PathMatchingResourcePatternResolver(FrenchMessages.class.getClassLoader()).getResources(FORMS);
      Arrays.sort(forms, Comparator.comparing(Resource::getDescription));
      for (Resource form : forms) {
        try (InputStream in = form.getInputStream()) {
          labels(json.readTree(in), labels);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return labels;
  }

  private static void labels(JsonNode node, Map<String, String> out) {
    for (String name : List.of("label", "dateLabel")) {
      if (node.path(name).isTextual() && node.path(name + BilingualForm.FRENCH).isTextual()) {
        out.putIfAbsent(node.get(name).asText(), node.get(name + BilingualForm.FRENCH).asText());
      }
    }
    node.forEach(child -> labels(child, out));
  }
}
