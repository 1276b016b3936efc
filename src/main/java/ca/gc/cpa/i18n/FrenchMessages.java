package ca.gc.cpa.i18n;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The French of the messages the server refuses with, from one catalogue ({@code i18n/messages-fr.txt}):
 * each line an English message and its French, {@code {}} for what the message fills in. A message built of
 * others (the completion check's "Cannot complete the task 'X': field: reason; field: reason") is translated
 * part by part; a message without a line stays in English.
 */
public final class FrenchMessages {

  static final String CATALOGUE = "i18n/messages-fr.txt";
  private static final FrenchMessages INSTANCE = load();

  record Line(Pattern english, String french, int literalLength) {}

  private final List<Line> lines;

  FrenchMessages(List<Line> lines) {
    // the most specific first: the longest English text outside the placeholders
    this.lines = lines.stream().sorted(Comparator.comparingInt(Line::literalLength).reversed()).toList();
  }

  public static FrenchMessages catalogue() {
    return INSTANCE;
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
      Matcher m = line.english().matcher(english);
      if (m.matches()) {
        StringBuilder out = new StringBuilder();
        String[] parts = line.french().split("\\{}", -1);
        for (int i = 0; i < parts.length; i++) {
          out.append(parts[i]);
          if (i < m.groupCount()) {
            out.append(part(m.group(i + 1)));
          }
        }
        return Optional.of(out.toString());
      }
    }
    return Optional.empty();
  }

  /** a filled-in part: a list of "field: reason" is translated reason by reason, anything else as it is */
  private String part(String value) {
    if (value.contains(": ")) {
      List<String> violations = new ArrayList<>();
      for (String violation : value.split("; ")) {
        int colon = violation.indexOf(": ");
        violations.add(colon < 0 ? violation
            : violation.substring(0, colon) + " : " + translate(violation.substring(colon + 2)));
      }
      return String.join("; ", violations);
    }
    return value;
  }

  static FrenchMessages load() {
    try (InputStream in = FrenchMessages.class.getClassLoader().getResourceAsStream(CATALOGUE)) {
      if (in == null) {
        throw new IllegalStateException("No " + CATALOGUE + " on the classpath");
      }
      List<Line> lines = new ArrayList<>();
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .forEach(l -> {
            int arrow = l.indexOf(" => ");
            if (arrow < 0) {
              throw new IllegalStateException(CATALOGUE + ": no ' => ' in: " + l);
            }
            String english = l.substring(0, arrow).strip();
            String french = l.substring(arrow + 4).strip();
            String[] pieces = english.split("\\{}", -1);
            if (pieces.length != french.split("\\{}", -1).length) {
              throw new IllegalStateException(CATALOGUE + ": the French does not fill in what the English does: " + l);
            }
            StringBuilder regex = new StringBuilder();
            int literal = 0;
            for (int i = 0; i < pieces.length; i++) {
              regex.append(Pattern.quote(pieces[i]));
              literal += pieces[i].length();
              if (i < pieces.length - 1) {
                regex.append("(.+?)");
              }
            }
            lines.add(new Line(Pattern.compile(regex.toString(), Pattern.DOTALL), french, literal));
          });
      return new FrenchMessages(lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
