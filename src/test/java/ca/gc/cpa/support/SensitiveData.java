package ca.gc.cpa.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * No medical or psychological detail in any process variable, at runtime or in history: health steps
 * hand the process a verdict (FIT / UNFIT, COMPLETED / NEEDS_SUPPORT …) and nothing else.
 */
public final class SensitiveData {

  /** variable names that would carry detail rather than a verdict */
  static final Pattern DETAIL_NAME = Pattern.compile(
      "(?i).*(diagnos|symptom|medication|prescri|condition(?!s)|allerg|disease|disorder|therap|psychiatr|bloodtype|"
          + "mentalhealth|injur(y|ies)detail|medicalhistory|medicalnote|psychnote).*");
  /** words of clinical detail that must not appear in any stored value */
  static final Pattern DETAIL_VALUE = Pattern.compile(
      "(?i).*\\b(diagnos\\w*|ptsd|depress\\w*|anxiety disorder|antidepress\\w*|prescri\\w*|medication|psychiatr\\w*|"
          + "mg/day|blood pressure|hiv|hepatitis|pregnan\\w*)\\b.*", Pattern.DOTALL);

  private SensitiveData() {}

  public static void assertNoMedicalOrPsychologicalDetail(ProcessEngine engine) {
    for (VariableInstance v : engine.getRuntimeService().createVariableInstanceQuery().disableBinaryFetching().list()) {
      check(v.getName(), v.getValue(), "runtime variable of " + v.getProcessInstanceId());
    }
    for (HistoricVariableInstance v : engine.getHistoryService().createHistoricVariableInstanceQuery()
        .disableBinaryFetching().list()) {
      check(v.getName(), v.getValue(), "historic variable of " + v.getProcessInstanceId());
    }
    engine.getHistoryService().createHistoricDetailQuery().variableUpdates().disableBinaryFetching().list()
        .forEach(d -> {
          var update = (org.camunda.bpm.engine.history.HistoricVariableUpdate) d;
          check(update.getVariableName(), update.getValue(), "variable update of " + d.getProcessInstanceId());
        });
  }

  private static void check(String name, Object value, String where) {
    assertThat(name).as("%s %s", where, name).doesNotMatch(DETAIL_NAME);
    if (value instanceof String s) {
      assertThat(s).as("%s %s", where, name).doesNotMatch(DETAIL_VALUE);
    }
  }
}
