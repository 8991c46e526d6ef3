package dev.ebb.compiler;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The compiler is pure: project files in, diagnostics, analysed models and plans (SQL text and bind
 * values) out. It runs nothing, so it never touches JDBC, and it knows none of the modules that use
 * it.
 */
class LayeringTest {

  private static final JavaClasses COMPILER =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("dev.ebb.compiler");

  @Test
  void compilerNeverImportsTheModulesThatUseIt() {
    noClasses()
        .that()
        .resideInAPackage("dev.ebb.compiler..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.ebb.engine..", "dev.ebb.destinations..", "dev.ebb.runtime..", "dev.ebb.docs..")
        .check(COMPILER);
  }

  @Test
  void compilerRunsNoSql() {
    noClasses()
        .that()
        .resideInAPackage("dev.ebb.compiler..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "javax.sql..")
        .check(COMPILER);
  }
}
