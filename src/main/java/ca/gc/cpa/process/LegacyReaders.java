package ca.gc.cpa.process;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The generic readers of the former planning.MissionVariables, kept only for the stages whose process has no contract
 * yet (candidate-selection, officer-deployment), with the same behaviour as before.
 *
 * @deprecated read through the contract of the process the code runs in ({@link Variable}); this class goes once the
 *     last caller has one
 */
@Deprecated(forRemoval = true)
public final class LegacyReaders {

  private LegacyReaders() {}

  public static String string(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v == null ? null : v.toString();
  }

  public static Integer integer(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v instanceof Number n ? n.intValue() : null;
  }

  public static int integer(VariableScope scope, String name, int fallback) {
    Integer v = integer(scope, name);
    return v == null ? fallback : v;
  }

  public static boolean bool(VariableScope scope, String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  public static LocalDate date(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    if (v == null || v.toString().isBlank()) {
      return null;
    }
    String s = v.toString();
    return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
  }
}
