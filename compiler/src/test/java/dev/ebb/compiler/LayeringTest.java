package dev.ebb.compiler;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The compiler is a library of the runtime and the docs site, never the other way round. */
class LayeringTest {

  private static final JavaClasses COMPILER =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("dev.ebb.compiler");

  @Test
  void compilerNeverImportsRuntimeOrDocs() {
    noClasses()
        .that()
        .resideInAPackage("dev.ebb.compiler..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.ebb.runtime..", "dev.ebb.docs..")
        .check(COMPILER);
  }

  @Test
  void manifestRecordsStandAlone() {
    // Manifest.java is what the runtime and docs read: it must not leak compiler internals.
    noClasses()
        .that()
        .haveFullyQualifiedName("dev.ebb.compiler.artifact.Manifest")
        .or()
        .haveNameMatching("dev\\.ebb\\.compiler\\.artifact\\.Manifest\\$.*")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.ebb.compiler.model..", "dev.ebb.compiler.sql..", "dev.ebb.compiler.graph..")
        .check(COMPILER);
  }
}
