package ca.gc.cpa.forms;

import ca.gc.cpa.process.Variable;
import java.math.BigDecimal;
import java.time.LocalDate;
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

  /** the value of a process variable as its contract types it */
  public <T> Optional<T> value(Variable<T> variable) {
    return variable.convert(get(variable.name()));
  }

  public Optional<String> string(String key) {
    return value(Variable.text(key));
  }

  public Optional<Boolean> bool(String key) {
    return value(Variable.bool(key));
  }

  public Optional<BigDecimal> number(String key) {
    return value(Variable.decimal(key));
  }

  /** a whole number, empty when the value has a fraction or does not fit an int */
  public Optional<Integer> integer(String key) {
    return value(Variable.integer(key));
  }

  public Optional<LocalDate> date(String key) {
    return value(Variable.date(key));
  }

  /** the items of a checklist, tag list or dynamic list (a Json array or a Java collection) */
  public Optional<List<String>> list(String key) {
    return value(Variable.list(key));
  }
}
