package ca.gc.cpa.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A process variable is named in one place, its process's contract: a variable's name written as a literal anywhere
 * else in the code or the tests fails here, with where it was written and the contract that names it.
 */
class ContractsTest {

  static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*)\"");
  /** a name SQL gives: a named parameter or a column read from a result set, not a process variable */
  static final Pattern SQL_NAME = Pattern.compile("(\\.param|\\.get(String|Int|Long|Boolean|Date|Timestamp|Object|BigDecimal))\\($");
  static final Path CONTRACTS = Path.of("src/main/java/ca/gc/cpa/process");
  /** the /api's JSON is its own contract (README, Intake API, /api/program, /api/officers): its names are not variables */
  static final Path API = Path.of("src/main/java/ca/gc/cpa/api");
  /** a test line that reads an /api answer or writes an /api body */
  static final Pattern API_JSON = Pattern.compile("/api|\\.get\\(\"\\w+\"\\)\\.(as|is|get)|findValuesAsText|\\.json\\(\\)");

  /** every variable of every contract: its name and the contract's constant that names it */
  static Map<String, String> contractNames() {
    Map<String, String> names = new TreeMap<>();
    // a name several contracts declare (agencyCode, missionBusinessKey) is shown with the first contract by name
    for (JavaClass contract : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("ca.gc.cpa.process").stream().sorted(Comparator.comparing(JavaClass::getName)).toList()) {
      for (Field field : contract.reflect().getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == Variable.class) {
          try {
            field.setAccessible(true);
            names.putIfAbsent(((Variable<?>) field.get(null)).name(), contract.getSimpleName() + "." + field.getName());
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return names;
  }

  @Test
  void theContractsNameTheirVariables() {
    assertThat(contractNames()).containsEntry(AgencyOnboardingProcess.SWORN_STRENGTH.name(), "AgencyOnboardingProcess.SWORN_STRENGTH");
  }

  @Test
  void noVariableNameIsWrittenOutsideItsContract() throws IOException {
    Map<String, String> names = contractNames();
    List<String> found = new ArrayList<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(CONTRACTS) && !f.startsWith(API)).sorted().forEach(file -> {
          List<String> lines = read(file);
          for (int i = 0; i < lines.size(); i++) {
            Matcher m = LITERAL.matcher(lines.get(i));
            while (m.find()) {
              String before = lines.get(i).substring(Math.max(0, m.start() - 20), m.start());
              if (names.containsKey(m.group(1)) && !SQL_NAME.matcher(before).find()
                  && !API_JSON.matcher(lines.get(i)).find()) {
                found.add(file + ":" + (i + 1) + " \"" + m.group(1) + "\" (" + names.get(m.group(1)) + ")");
              }
            }
          }
        });
      }
    }
    assertThat(found).as("variable names written outside their contract").isEmpty();
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
