package ca.gc.cpa.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class BilingualFormTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode form(String json) throws Exception {
    return JSON.readTree(json.replace('\'', '"'));
  }

  @Test
  void frenchTakesEachTextsFrenchAndEnglishDropsTheFrenchKeepingKeysAndValues() throws Exception {
    String source = "{'components': [{'key': 'rank', 'label': 'Rank', 'label_fr': 'Grade',"
        + " 'values': [{'label': 'Constable', 'label_fr': 'Gendarme', 'value': 'CST'}]}]}";
    assertThat(BilingualForm.in(form(source), Language.FR))
        .isEqualTo(form("{'components': [{'key': 'rank', 'label': 'Grade', 'values': [{'label': 'Gendarme', 'value': 'CST'}]}]}"));
    assertThat(BilingualForm.in(form(source), Language.EN))
        .isEqualTo(form("{'components': [{'key': 'rank', 'label': 'Rank', 'values': [{'label': 'Constable', 'value': 'CST'}]}]}"));
  }

  @Test
  void namesEachTextWithoutItsFrench() throws Exception {
    JsonNode form = form("{'components': [{'type': 'text', 'text': '### Nominate', 'text_fr': '### Proposer'},"
        + " {'key': 'rank', 'label': 'Rank', 'description': 'Home rank', 'description_fr': ' ',"
        + "  'appearance': {'suffixAdorner': 'years'}, 'values': [{'label': 'Constable', 'value': 'CST'}]},"
        + " {'key': 'note', 'label': ''}]}");
    assertThat(BilingualForm.withoutFrench(form)).containsExactly("components[1].label", "components[1].description",
        "components[1].appearance.suffixAdorner", "components[1].values[0].label");
  }

  @Test
  void aDateFieldsLabelIsItsDateLabel() throws Exception {
    String source = "{'components': [{'type': 'datetime', 'key': 'departedOn', 'dateLabel': 'Departed on',"
        + " 'dateLabel_fr': 'Parti le'}, {'type': 'datetime', 'key': 'arrivedOn', 'dateLabel': 'Arrived on'}]}";
    assertThat(BilingualForm.in(form(source), Language.FR).at("/components/0/dateLabel").asText()).isEqualTo("Parti le");
    assertThat(BilingualForm.withoutFrench(form(source))).containsExactly("components[1].dateLabel");
  }
}
