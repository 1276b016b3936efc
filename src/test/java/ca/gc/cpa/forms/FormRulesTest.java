package ca.gc.cpa.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FormRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  static CamundaForm form;

  static final String JSON = """
      {"id": "probeForm", "schemaVersion": 16, "type": "default", "components": [
        {"type": "text", "text": "# Probe"},
        {"type": "textfield", "key": "reference", "label": "Reference", "readonly": true},
        {"type": "textfield", "key": "code", "label": "Code",
         "validate": {"required": true, "minLength": 2, "maxLength": 5, "pattern": "[A-Z]+"}},
        {"type": "number", "key": "officers", "label": "Officers", "validate": {"required": true, "min": 1, "max": 200}},
        {"type": "select", "key": "body", "label": "Body", "validate": {"required": true},
         "values": [{"label": "UN", "value": "UN"}, {"label": "EU", "value": "EU"}]},
        {"type": "checkbox", "key": "firearm", "label": "Firearm"},
        {"type": "datetime", "subtype": "date", "key": "start", "dateLabel": "Start", "disallowPassedDates": true,
         "validate": {"required": true}},
        {"type": "checklist", "key": "modules", "label": "Modules",
         "values": [{"label": "Culture", "value": "CULTURE"}, {"label": "Medical", "value": "MEDICAL"}]},
        {"type": "group", "label": "Only when armed", "conditional": {"hide": "=not(armed)"}, "components": [
          {"type": "textfield", "key": "weapon", "label": "Weapon", "validate": {"required": true}}]}
      ]}""";

  @BeforeAll
  static void read() throws IOException {
    form = CamundaForm.read(new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8)));
  }

  static Map<String, Object> valid() {
    Map<String, Object> v = new HashMap<>();
    v.put("code", "MALI");
    v.put("officers", 20);
    v.put("body", "UN");
    v.put("firearm", true);
    v.put("start", "2026-12-01");
    v.put("modules", List.of("CULTURE"));
    return v;
  }

  static List<FieldViolation> check(Map<String, Object> values) {
    return FormRules.check(form, FormValues.of(values, TODAY));
  }

  static List<String> fields(Map<String, Object> values) {
    return check(values).stream().map(FieldViolation::field).toList();
  }

  @Test
  void readsOnlyInputsWithTheirConstraints() {
    assertThat(form.fields()).extracting(FormField::key)
        .containsExactly("reference", "code", "officers", "body", "firearm", "start", "modules", "weapon");
    assertThat(form.field("officers").orElseThrow().max()).isEqualTo(200.0);
    assertThat(form.field("weapon").orElseThrow().conditional()).isTrue();
    assertThat(form.field("reference").orElseThrow().editable()).isFalse();
  }

  @Test
  void acceptsValidValues() {
    assertThat(check(valid())).isEmpty();
  }

  @Test
  void reportsEveryMissingRequiredFieldButNotReadOnlyOrConditionalOnes() {
    assertThat(fields(Map.of())).containsExactlyInAnyOrder("code", "officers", "body", "start");
  }

  @Test
  void blankTextCountsAsMissing() {
    var v = valid();
    v.put("code", "   ");
    assertThat(fields(v)).containsExactly("code");
  }

  @Test
  void numbersAtTheBoundsPassAndJustOutsideFail() {
    for (Object ok : List.of(1, 200, 1.0, 200L)) {
      var v = valid();
      v.put("officers", ok);
      assertThat(check(v)).as("%s", ok).isEmpty();
    }
    for (Object bad : List.of(0, 201, 200.5, -1, "20", true)) {
      var v = valid();
      v.put("officers", bad);
      assertThat(fields(v)).as("%s", bad).containsExactly("officers");
    }
  }

  @Test
  void textLengthAndPattern() {
    var v = valid();
    v.put("code", "A");
    assertThat(check(v)).extracting(FieldViolation::message).containsExactly("must have at least 2 characters");
    v.put("code", "ABCDEF");
    assertThat(check(v)).extracting(FieldViolation::message).containsExactly("must have at most 5 characters");
    v.put("code", "mali");
    assertThat(check(v)).extracting(FieldViolation::message).containsExactly("does not have the expected form");
    v.put("code", 42);
    assertThat(check(v)).extracting(FieldViolation::message).containsExactly("must be text");
  }

  @Test
  void optionsMustBeOnesTheFormOffers() {
    var v = valid();
    v.put("body", "NATO");
    assertThat(fields(v)).containsExactly("body");
    v = valid();
    v.put("modules", List.of("CULTURE", "COOKING"));
    assertThat(fields(v)).containsExactly("modules");
    v = valid();
    v.put("modules", "[\"MEDICAL\"]");   // a Json variable as Tasklist submits it
    assertThat(check(v)).isEmpty();
  }

  @Test
  void datesMustParseAndNotBeInThePastWhereTheFormSaysSo() {
    var v = valid();
    v.put("start", TODAY.toString());
    assertThat(check(v)).isEmpty();
    v.put("start", TODAY.minusDays(1).toString());
    assertThat(check(v)).extracting(FieldViolation::message).containsExactly("must not be in the past");
    v.put("start", "2026-02-30");
    assertThat(check(v)).extracting(FieldViolation::message).containsExactly("must be a date (yyyy-mm-dd)");
  }

  @Test
  void checkboxesTakeOnlyBooleans() {
    var v = valid();
    v.put("firearm", "yes");
    assertThat(fields(v)).containsExactly("firearm");
  }
}
