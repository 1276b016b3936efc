package ca.gc.cpa.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

class VariableTest {

  static final Variable<String> TEXT = Variable.text("t");
  static final Variable<Integer> WHOLE = Variable.integer("n");
  static final Variable<Long> LONG = Variable.longInteger("l");
  static final Variable<BigDecimal> DECIMAL = Variable.decimal("d");
  static final Variable<Boolean> YES_NO = Variable.bool("b");
  static final Variable<LocalDate> DAY = Variable.date("day");
  static final Variable<List<String>> ITEMS = Variable.list("items");

  /** a scope over a map: what a delegate's execution gives and takes */
  static VariableScope scopeOf(Map<String, Object> values) {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(anyString())).thenAnswer(call -> values.get(call.<String>getArgument(0)));
    doAnswer(call -> values.put(call.getArgument(0), call.getArgument(1))).when(scope).setVariable(anyString(), any());
    return scope;
  }

  @Test
  void textIsTrimmedAndBlankIsEmpty() {
    assertThat(TEXT.convert("  Haiti ")).contains("Haiti");
    assertThat(TEXT.convert("   ")).isEmpty();
    assertThat(TEXT.convert(null)).isEmpty();
    assertThat(TEXT.convert(12)).contains("12");
  }

  @Test
  void aWholeNumberComesOnlyFromANumberWithoutAFraction() {
    assertThat(WHOLE.convert(3)).contains(3);
    assertThat(WHOLE.convert(3L)).contains(3);
    assertThat(WHOLE.convert(3.0)).contains(3);
    assertThat(WHOLE.convert(3.5)).isEmpty();
    assertThat(WHOLE.convert((long) Integer.MAX_VALUE + 1)).isEmpty();
    assertThat(LONG.convert((long) Integer.MAX_VALUE + 1)).contains((long) Integer.MAX_VALUE + 1);
    assertThat(WHOLE.convert("3")).isEmpty();
    assertThat(WHOLE.convert(true)).isEmpty();
    assertThat(DECIMAL.convert(Double.NaN)).isEmpty();
    assertThat(DECIMAL.convert(8200.5)).contains(new BigDecimal("8200.5"));
  }

  @Test
  void aYesOrNoComesOnlyFromABoolean() {
    assertThat(YES_NO.convert(true)).contains(true);
    assertThat(YES_NO.convert("true")).isEmpty();
    assertThat(YES_NO.convert(1)).isEmpty();
  }

  @Test
  void aDateComesFromADayADateTimeOrAJavaDate() {
    LocalDate day = LocalDate.of(2026, 11, 29);
    assertThat(DAY.convert("2026-11-29")).contains(day);
    assertThat(DAY.convert("2026-11-29T08:30:00")).contains(day);
    assertThat(DAY.convert(day)).contains(day);
    assertThat(DAY.convert(Date.from(day.atTime(13, 0).atZone(ZoneId.systemDefault()).toInstant()))).contains(day);
    assertThat(DAY.convert("29/11/2026")).isEmpty();
    assertThat(DAY.convert("2026-02-30")).isEmpty();
  }

  @Test
  void aListComesFromACollectionOrAJsonArray() {
    assertThat(ITEMS.convert(List.of("EN", "FR"))).contains(List.of("EN", "FR"));
    assertThat(ITEMS.convert("[\"EN\",\"FR\"]")).contains(List.of("EN", "FR"));
    assertThat(ITEMS.convert("EN")).isEmpty();
    assertThat(ITEMS.convert(7)).isEmpty();
  }

  @Test
  void aPromisedVariableThatIsMissingOrOfAnotherTypeIsNamed() {
    VariableMap scope = Variables.createVariables().putValue("n", "seven");
    assertThatThrownBy(() -> WHOLE.from(scopeOf(scope))).hasMessage("Process variable 'n' is not a whole number: seven");
    assertThatThrownBy(() -> DAY.from(scopeOf(scope))).hasMessage("Process variable 'day' is missing");
  }

  @Test
  void aDateIsWrittenAsTheTextAFormWrites() {
    Map<String, Object> values = new HashMap<>();
    VariableScope scope = scopeOf(values);
    DAY.set(scope, LocalDate.of(2027, 1, 4));
    assertThat(values).containsEntry("day", "2027-01-04");
    assertThat(DAY.in(values)).contains(LocalDate.of(2027, 1, 4));
  }
}
