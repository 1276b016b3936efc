package ca.gc.cpa.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The application's packages (one per stage, plus the shared ones) depend on each other without a cycle; the
 * processes' contracts depend on no stage; no stage uses the demo simulator.
 */
class PackageStructureTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("ca.gc.cpa");

  @Test
  void packagesFormNoCycle() {
    slices().matching("ca.gc.cpa.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void noStageUsesTheDemoSimulator() {
    noClasses().that().resideOutsideOfPackage("ca.gc.cpa.replay..")
        .should().dependOnClassesThat().resideInAPackage("ca.gc.cpa.replay..").check(MAIN);
  }

  @Test
  void theContractsDependOnNoStage() {
    noClasses().that().resideInAPackage("ca.gc.cpa.process..")
        .should().dependOnClassesThat().resideOutsideOfPackages("ca.gc.cpa.process..", "java..", "org.camunda..",
            "com.fasterxml..")
        .check(MAIN);
  }
}
