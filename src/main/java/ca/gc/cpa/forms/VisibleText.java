package ca.gc.cpa.forms;

import ca.gc.cpa.i18n.UserMessage;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Text a person can read: no control character (but tab and line breaks), and something left once the
 * invisible characters are set aside (zero-width characters, bidirectional overrides and isolates, the
 * byte-order mark, soft hyphens). Checked on free text of forms and of {@code /api}.
 */
public final class VisibleText {

  /** C0 and C1 controls except tab, line feed and carriage return */
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
  /** format characters that show nothing: zero-width, joiners, bidi marks, overrides and isolates, BOM */
  private static final Pattern INVISIBLE = Pattern.compile(
      "[\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F"
          + "\\u3164\\uFEFF\\uFFA0\\p{Z}\\s]");

  private VisibleText() {}

  /** why the text is refused, or empty when it is readable text (an empty string is left to "required") */
  @UserMessage
  public static Optional<String> problem(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    if (CONTROL.matcher(text).find()) {
      return Optional.of("must not contain control characters");
    }
    if (INVISIBLE.matcher(text).replaceAll("").isEmpty()) {
      return Optional.of("must contain visible text");
    }
    return Optional.empty();
  }
}
