package dev.ebb.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine runs what the compiler planned; it is called by the CLI and {@code ebb serve}, never
 * the other way round, and reaches destinations only through the SPI.
 */
class LayeringTest {

  private static final JavaClasses ENGINE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.ebb.engine");

  @Test
  void engineNeverReachesUpOrIntoBuiltInDestinations() {
    noClasses()
        .that()
        .resideInAPackage("dev.ebb.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.ebb.runtime..", "dev.ebb.docs..", "dev.ebb.destinations..")
        .check(ENGINE);
  }

  @Test
  void deliveryKnowsRecordsNotTheProjectModel() {
    // Delivery moves OutboundRecords to a destination; what a sync is, is the run's business.
    noClasses()
        .that()
        .resideInAPackage("dev.ebb.engine.delivery..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.ebb.compiler..",
            "dev.ebb.engine.run..",
            "dev.ebb.engine.plan..",
            "dev.ebb.engine.workspace..",
            "dev.ebb.engine.warehouse..")
        .check(ENGINE);
  }

  @Test
  void stateStoreKnowsNoCompilerNorDelivery() {
    noClasses()
        .that()
        .resideInAPackage("dev.ebb.engine.state..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.ebb.compiler..",
            "dev.ebb.engine.delivery..",
            "dev.ebb.engine.run..",
            "dev.ebb.engine.plan..",
            "dev.ebb.engine.workspace..")
        .check(ENGINE);
  }

  @Test
  void warehouseAccessKnowsNoRunNorDelivery() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.ebb.engine.warehouse..", "dev.ebb.engine.diff..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.ebb.engine.delivery..",
            "dev.ebb.engine.run..",
            "dev.ebb.engine.plan..",
            "dev.ebb.engine.state..",
            "dev.ebb.engine.workspace..")
        .check(ENGINE);
  }
}
