package ca.gc.cpa.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks submitted values against what a Camunda Form declares: required, number range, text length,
 * pattern, allowed options, dates (and no past date where the form forbids it), types. The browser
 * checks the same in Tasklist; this is the server's own check, for every client.
 */
public final class FormRules {

  private FormRules() {}

  /**
   * The keys a completion or a start may carry: only those the form declares as editable fields, and none named
   * like a server component (a variable of that name would hide it in the model's expressions).
   *
   * @param form the form, or null when the task has none (then no key is accepted)
   */
  public static List<FieldViolation> checkKeys(CamundaForm form, Collection<String> keys, Predicate<String> isBean) {
    List<FieldViolation> violations = new ArrayList<>();
    for (String key : keys) {
      Optional<FormField> field = form == null ? Optional.empty() : form.field(key);
      if (field.isEmpty()) {
        violations.add(new FieldViolation(key, "is not a field of this form"));
      } else if (!field.get().editable()) {
        violations.add(new FieldViolation(key, "is read-only on this form"));
      } else if (isBean.test(key)) {
        violations.add(new FieldViolation(key, "is the name of a server component and cannot be set"));
      }
    }
    return violations;
  }

  public static List<FieldViolation> check(CamundaForm form, FormValues values) {
    List<FieldViolation> violations = new ArrayList<>();
    for (FormField field : form.fields()) {
      if (!field.editable()) {
        continue;
      }
      Object value = values.get(field.key());
      boolean empty = value == null || (value instanceof String s && s.isBlank());
      // a required input is answered in this completion: a value left by an earlier round of the same
      // task (a repeated check-in, a second training session) is not an answer
      boolean answered = values.wasSubmitted(field.key()) && !empty;
      if (empty || (field.required() && !field.conditional() && !answered)) {
        // a field the form may hide is required only when shown: its task's own check decides
        if (field.required() && !field.conditional()) {
          violations.add(new FieldViolation(field.key(), "is required (" + field.label() + ")"));
        }
        continue;
      }
      checkValue(field, value, values, violations);
    }
    return violations;
  }

  private static void checkValue(FormField field, Object value, FormValues values, List<FieldViolation> out) {
    String key = field.key();
    switch (field.type()) {
      case "number" -> {
        Optional<BigDecimal> n = values.number(key);
        if (n.isEmpty()) {
          out.add(new FieldViolation(key, "must be a number"));
        } else if (field.min() != null && n.get().compareTo(BigDecimal.valueOf(field.min())) < 0) {
          out.add(new FieldViolation(key, "must be at least " + plain(field.min())));
        } else if (field.max() != null && n.get().compareTo(BigDecimal.valueOf(field.max())) > 0) {
          out.add(new FieldViolation(key, "must be at most " + plain(field.max())));
        }
      }
      case "checkbox" -> {
        if (!(value instanceof Boolean)) {
          out.add(new FieldViolation(key, "must be true or false"));
        }
      }
      case "datetime" -> checkDate(field, values, out);
      case "select", "radio" -> {
        if (!(value instanceof String s)) {
          out.add(new FieldViolation(key, "must be one of " + field.options()));
        } else if (!field.options().isEmpty() && !field.options().contains(s)) {
          out.add(new FieldViolation(key, "'" + abbreviate(s) + "' is not one of " + field.options()));
        }
      }
      case "checklist", "taglist" -> {
        Optional<List<String>> items = values.list(key);
        if (items.isEmpty()) {
          out.add(new FieldViolation(key, "must be a list"));
        } else {
          if (field.required() && items.get().isEmpty()) {
            out.add(new FieldViolation(key, "needs at least one choice (" + field.label() + ")"));
          }
          items.get().stream().filter(i -> !field.options().isEmpty() && !field.options().contains(i)).findFirst()
              .ifPresent(i -> out.add(new FieldViolation(key, "'" + abbreviate(i) + "' is not one of " + field.options())));
        }
      }
      default -> checkText(field, value, out);
    }
  }

  private static void checkText(FormField field, Object value, List<FieldViolation> out) {
    String key = field.key();
    if (!(value instanceof String s)) {
      out.add(new FieldViolation(key, "must be text"));
      return;
    }
    int length = s.codePointCount(0, s.length());
    Optional<String> invisible = VisibleText.problem(s);
    if (invisible.isPresent()) {
      out.add(new FieldViolation(key, invisible.get()));
    } else if (field.minLength() != null && length < field.minLength()) {
      out.add(new FieldViolation(key, "must have at least " + field.minLength() + " characters"));
    } else if (field.maxLength() != null && length > field.maxLength()) {
      out.add(new FieldViolation(key, "must have at most " + field.maxLength() + " characters"));
    } else if (field.pattern() != null && !matches(field.pattern(), s)) {
      out.add(new FieldViolation(key, "does not have the expected form"));
    }
  }

  private static void checkDate(FormField field, FormValues values, List<FieldViolation> out) {
    if (!"date".equals(field.subtype()) && field.subtype() != null) {
      return;   // time and date-time inputs carry no server rule here
    }
    Optional<LocalDate> date = values.date(field.key());
    if (date.isEmpty()) {
      out.add(new FieldViolation(field.key(), "must be a date (yyyy-mm-dd)"));
    } else if (field.disallowPassedDates() && date.get().isBefore(values.today())) {
      out.add(new FieldViolation(field.key(), "must not be in the past"));
    }
  }

  private static boolean matches(String pattern, String value) {
    try {
      return Pattern.compile(pattern).matcher(value).matches();
    } catch (PatternSyntaxException e) {
      return true;   // a pattern Java cannot read is the form's fault, not the user's
    }
  }

  private static String plain(Double d) {
    return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
