package dev.ebb.destinations;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Built-in destinations are written like third-party ones: on the destination SPI only. The engine
 * finds them with {@code ServiceLoader} and never names them.
 */
class LayeringTest {

  private static final JavaClasses DESTINATIONS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.ebb.destinations");

  @Test
  void destinationsImportOnlyTheSpi() {
    noClasses()
        .that()
        .resideInAPackage("dev.ebb.destinations..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.ebb.artifacts..",
            "dev.ebb.compiler..",
            "dev.ebb.engine..",
            "dev.ebb.docs..",
            "dev.ebb.runtime..")
        .check(DESTINATIONS);
  }
}
