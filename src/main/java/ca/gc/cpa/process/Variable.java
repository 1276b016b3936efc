package ca.gc.cpa.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One process variable: its name and its type, read the same way wherever it is read. A value that is missing, blank
 * or not of the type reads as empty ({@link #in}); {@link #from} says which variable is missing when the model
 * promises it. Conversions: a text is trimmed, a blank one is empty; a number comes only from a number (a text of
 * digits is not one: a form's number field sends numbers), a whole number from one without a fraction; a date from
 * a {@link LocalDate}, a {@link Date} or a text {@code yyyy-mm-dd} (a date-time's day); a yes/no only from a
 * boolean; a list from a collection or a JSON array (a checklist). A date is written as the text
 * {@code yyyy-mm-dd}, as Camunda Forms write it.
 *
 * @param <T> the Java type of its values
 */
public final class Variable<T> {

  private final String name;
  private final String type;
  private final Function<Object, Optional<T>> conversion;

  private Variable(String name, String type, Function<Object, Optional<T>> conversion) {
    this.name = name;
    this.type = type;
    this.conversion = conversion;
  }

  public static Variable<String> text(String name) {
    return new Variable<>(name, "a text", Variable::asText);
  }

  public static Variable<Integer> integer(String name) {
    return new Variable<>(name, "a whole number", v -> asDecimal(v).flatMap(Variable::exactInt));
  }

  public static Variable<Long> longInteger(String name) {
    return new Variable<>(name, "a whole number", v -> asDecimal(v).flatMap(Variable::exactLong));
  }

  public static Variable<BigDecimal> decimal(String name) {
    return new Variable<>(name, "a number", Variable::asDecimal);
  }

  public static Variable<Boolean> bool(String name) {
    return new Variable<>(name, "true or false", v -> v instanceof Boolean b ? Optional.of(b) : Optional.empty());
  }

  public static Variable<LocalDate> date(String name) {
    return new Variable<>(name, "a date", Variable::asDate);
  }

  public static Variable<List<String>> list(String name) {
    return new Variable<>(name, "a list", Variable::asList);
  }

  public String name() {
    return name;
  }

  /** the value of any raw value, converted as this variable's type says */
  public Optional<T> convert(Object raw) {
    return conversion.apply(raw);
  }

  public Optional<T> in(VariableScope scope) {
    return convert(scope.getVariable(name));
  }

  public Optional<T> in(Map<String, ?> values) {
    return convert(values.get(name));
  }

  /** the value, or null when it is missing */
  public T orNull(VariableScope scope) {
    return in(scope).orElse(null);
  }

  public T orElse(VariableScope scope, T fallback) {
    return in(scope).orElse(fallback);
  }

  /** the value the model promises at this point: a missing one is a fault of the model, named */
  public T from(VariableScope scope) {
    Object raw = scope.getVariable(name);
    return convert(raw).orElseThrow(() -> new IllegalStateException(
        "Process variable '" + name + "' is " + (raw == null ? "missing" : "not " + type + ": " + raw)));
  }

  /** yes when the variable holds true (a missing one is no) */
  public static boolean isTrue(VariableScope scope, Variable<Boolean> variable) {
    return variable.in(scope).orElse(false);
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, stored(value));
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, stored(value));
  }

  /** the value as the engine keeps it (a date as its text) */
  public Object stored(T value) {
    return value instanceof LocalDate d ? d.toString() : value;
  }

  @Override
  public String toString() {
    return name;
  }

  // the conversions, one for each type

  static Optional<String> asText(Object v) {
    if (v == null) {
      return Optional.empty();
    }
    String s = v.toString().trim();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  static Optional<BigDecimal> asDecimal(Object v) {
    if (v instanceof Number n) {
      return Double.isFinite(n.doubleValue()) ? Optional.of(new BigDecimal(n.toString())) : Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<Integer> exactInt(BigDecimal n) {
    try {
      return Optional.of(n.intValueExact());
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static Optional<Long> exactLong(BigDecimal n) {
    try {
      return Optional.of(n.longValueExact());
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  static Optional<LocalDate> asDate(Object v) {
    if (v instanceof LocalDate d) {
      return Optional.of(d);
    }
    if (v instanceof Date d) {
      return Optional.of(d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
    }
    if (v instanceof String s) {
      String t = s.trim();
      try {
        return Optional.of(LocalDate.parse(t.length() > 10 && t.charAt(10) == 'T' ? t.substring(0, 10) : t));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  static Optional<List<String>> asList(Object v) {
    if (v instanceof Collection<?> c) {
      return Optional.of(c.stream().map(String::valueOf).toList());
    }
    if (v == null || v instanceof Number || v instanceof Boolean) {
      return Optional.empty();
    }
    return JsonList.items(v.toString());
  }
}
