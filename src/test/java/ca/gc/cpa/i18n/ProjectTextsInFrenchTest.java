package ca.gc.cpa.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every text of the project's forms and every name of its models has its French, in the same file. */
class ProjectTextsInFrenchTest {

  static Stream<Path> forms() throws IOException {
    return files("forms", ".form");
  }

  static Stream<Path> models() throws IOException {
    return files("processes", ".bpmn");
  }

  private static Stream<Path> files(String folder, String suffix) throws IOException {
    List<Path> found;
    try (Stream<Path> all = Files.list(Path.of(folder))) {
      found = all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
    assertThat(found).as(folder).isNotEmpty();
    return found.stream();
  }

  @ParameterizedTest
  @MethodSource("forms")
  void eachTextOfTheFormHasItsFrench(Path form) throws IOException {
    assertThat(BilingualForm.withoutFrench(new ObjectMapper().readTree(form.toFile()))).as(form.toString()).isEmpty();
  }

  /** a refusal names a field by its label, given in French from the forms (FrenchMessages): one French for each */
  @Test
  void eachLabelHasTheSameFrenchInEveryForm() throws IOException {
    Map<String, Set<String>> french = new TreeMap<>();
    for (Path form : forms().toList()) {
      labels(new ObjectMapper().readTree(form.toFile()), french);
    }
    assertThat(french).isNotEmpty();
    assertThat(french).allSatisfy((english, translations) -> assertThat(translations).as(english).hasSize(1));
  }

  private static void labels(JsonNode node, Map<String, Set<String>> out) {
    for (String name : List.of("label", "dateLabel")) {
      if (node.path(name).isTextual() && node.path(name + BilingualForm.FRENCH).isTextual()) {
        out.computeIfAbsent(node.get(name).asText(), k -> new TreeSet<>()).add(node.get(name + BilingualForm.FRENCH).asText());
      }
    }
    node.forEach(child -> labels(child, out));
  }

  @ParameterizedTest
  @MethodSource("models")
  void eachNameOfTheModelHasItsFrench(Path model) {
    var instance = Bpmn.readModelFromFile(model.toFile());
    for (Process process : instance.getModelElementsByType(Process.class)) {
      assertThat(ModelNames.frenchName(process)).as(model + ": process " + process.getId()).isPresent();
    }
    for (FlowElement element : instance.getModelElementsByType(FlowElement.class)) {
      if (element.getName() != null && !element.getName().isBlank()) {
        assertThat(ModelNames.frenchName(element)).as(model + ": " + element.getId() + " " + element.getName()).isPresent();
      }
    }
  }
}
