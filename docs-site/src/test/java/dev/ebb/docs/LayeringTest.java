package dev.ebb.docs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The site renders artifacts (and run history handed to it); it never compiles or runs anything. */
class LayeringTest {

  private static final JavaClasses DOCS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.ebb.docs");

  @Test
  void docsReadOnlyArtifacts() {
    noClasses()
        .that()
        .resideInAPackage("dev.ebb.docs..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.ebb.compiler..", "dev.ebb.engine..", "dev.ebb.destinations..", "dev.ebb.runtime..")
        .check(DOCS);
  }
}
