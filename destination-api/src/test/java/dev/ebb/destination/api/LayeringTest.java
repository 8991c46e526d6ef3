package dev.ebb.destination.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The destination SPI is what third-party destinations compile against: the JDK and itself only. */
class LayeringTest {

  private static final JavaClasses SPI =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.ebb.destination.api");

  @Test
  void spiDependsOnTheJdkOnly() {
    classes()
        .that()
        .resideInAPackage("dev.ebb.destination.api..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("dev.ebb.destination.api..", "java..")
        .check(SPI);
  }
}
