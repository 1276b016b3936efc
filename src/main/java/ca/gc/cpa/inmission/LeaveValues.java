package ca.gc.cpa.inmission;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The leave request's first day and days, as the form and the endpoint give them. */
final class LeaveValues {

  private LeaveValues() {}

  static LocalDate firstDay(VariableScope scope) {
    String s = InMissionVariables.string(scope, InMissionVariables.LEAVE_FIRST_DAY);
    return LocalDate.parse(s.substring(0, 10));
  }

  static BigDecimal days(VariableScope scope) {
    return new BigDecimal(scope.getVariable(InMissionVariables.LEAVE_DAYS).toString());
  }
}
