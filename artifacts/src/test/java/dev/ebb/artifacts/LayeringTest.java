package dev.ebb.artifacts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The artifacts are what compiler, engine, runtime and docs site exchange through files: they stand
 * upstream of all of them and know nothing of ebb's other modules.
 */
class LayeringTest {

  private static final JavaClasses ARTIFACTS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.ebb.artifacts");

  @Test
  void artifactsDependOnNothingElseOfEbb() {
    classes()
        .that()
        .resideInAPackage("dev.ebb.artifacts..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("dev.ebb.artifacts..", "java..", "com.fasterxml.jackson..")
        .check(ARTIFACTS);
  }
}
