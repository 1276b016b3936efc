package ca.gc.cpa.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The values of a task completion or a process start as the rules see them: what was submitted,
 * over what the instance already holds. Typed getters return empty for a missing or ill-typed value
 * (the form check has already reported it).
 */
public final class FormValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Object> submitted;
  private final Function<String, Object> existing;
  private final LocalDate today;
  private final String businessKey;

  public FormValues(Map<String, Object> submitted, Function<String, Object> existing, LocalDate today, String businessKey) {
    this.submitted = submitted;
    this.existing = existing;
    this.today = today;
    this.businessKey = businessKey;
  }

  /** Values with nothing behind them: for rules tested on their own. */
  public static FormValues of(Map<String, Object> submitted, LocalDate today) {
    return new FormValues(submitted, k -> null, today, null);
  }

  public boolean wasSubmitted(String key) {
    return submitted.containsKey(key) && submitted.get(key) != null;
  }

  public Object get(String key) {
    return submitted.containsKey(key) ? submitted.get(key) : existing.apply(key);
  }

  /** today on the engine's clock */
  public LocalDate today() {
    return today;
  }

  /** the business key of the instance, when there is one already */
  public Optional<String> businessKey() {
    return Optional.ofNullable(businessKey);
  }

  public Optional<String> string(String key) {
    return get(key) instanceof String s && !s.isBlank() ? Optional.of(s.trim()) : Optional.empty();
  }

  public Optional<Boolean> bool(String key) {
    Object v = get(key);
    return v instanceof Boolean b ? Optional.of(b) : Optional.empty();
  }

  public Optional<BigDecimal> number(String key) {
    Object v = get(key);
    if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
      return Optional.of(new BigDecimal(n.toString()));
    }
    return Optional.empty();
  }

  /** a whole number, empty when the value has a fraction or does not fit an int */
  public Optional<Integer> integer(String key) {
    return number(key).flatMap(n -> {
      try {
        return Optional.of(n.intValueExact());
      } catch (ArithmeticException e) {
        return Optional.empty();
      }
    });
  }

  public Optional<LocalDate> date(String key) {
    Object v = get(key);
    if (v instanceof LocalDate d) {
      return Optional.of(d);
    }
    if (v instanceof String s) {
      try {
        return Optional.of(LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** the items of a checklist, tag list or dynamic list (a Json array or a Java collection) */
  public Optional<List<String>> list(String key) {
    return asList(get(key));
  }

  static Optional<List<String>> asList(Object v) {
    if (v instanceof Collection<?> c) {
      return Optional.of(c.stream().map(String::valueOf).toList());
    }
    if (v == null || v instanceof Number || v instanceof Boolean) {
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(v.toString());   // Spin's Json values print as JSON
      if (!node.isArray()) {
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
