package dev.ebb.compiler.check;

import dev.ebb.compiler.destination.DestinationTypes;
import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.model.Destination;
import dev.ebb.compiler.yaml.DidYouMean;
import dev.ebb.destination.api.ConfigProblem;
import dev.ebb.destination.api.ConfigSpec;
import dev.ebb.destination.api.DestinationConfig;
import dev.ebb.destination.api.DestinationFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * Each destination names a known type and its config satisfies the type's spec and validation.
 * No I/O, and {@code {{env.NAME}}} references stay unresolved.
 */
final class DestinationConfigCheck {

  // Validation does no I/O, so config paths never need resolving against a real folder here.
  private static final Path UNRESOLVED_PROJECT_DIR = Path.of("");

  private final DestinationTypes types;

  DestinationConfigCheck(DestinationTypes types) {
    this.types = types;
  }

  void check(Destination destination, Diagnostics diagnostics) {
    if (destination.type() == null) {
      return;
    }
    DestinationFactory factory = types.find(destination.type()).orElse(null);
    if (factory == null) {
      String hint = DidYouMean.hint(destination.type(), types.names());
      diagnostics.error(
          DiagnosticCode.EBB165,
          destination.locations().of("type"),
          "unknown destination type '" + destination.type() + "'",
          hint != null ? hint : "available types: " + String.join(", ", types.names()));
      return;
    }
    ConfigSpec spec = factory.configSpec();
    List<ConfigProblem> problems = spec.check(destination.config());
    if (problems.isEmpty()) {
      problems =
          factory.validate(
              new DestinationConfig(
                  destination.name(),
                  destination.type(),
                  spec.withDefaults(destination.config()),
                  UNRESOLVED_PROJECT_DIR));
    }
    for (ConfigProblem problem : problems) {
      String where = problem.key() == null ? "config" : "config." + problem.key();
      diagnostics.error(
          code(problem.kind()),
          destination.locations().of(destination.locations().keys().containsKey(where) ? where : "config"),
          "destination '" + destination.name() + "': " + problem.message(),
          problem.hint());
    }
    Integer batchSize = destination.limits().batchSize();
    int maxBatchSize = factory.capabilities().maxBatchSize();
    if (batchSize != null && maxBatchSize > 0 && batchSize > maxBatchSize) {
      diagnostics.error(
          DiagnosticCode.EBB172,
          destination.locations().of("limits.batch_size"),
          "limits.batch_size " + batchSize + " exceeds the most a " + destination.type()
              + " request can carry (" + maxBatchSize + ")");
    }
  }

  /** The diagnostic code of a sort of config problem. */
  static DiagnosticCode code(ConfigProblem.Kind kind) {
    return switch (kind) {
      case INVALID -> DiagnosticCode.EBB172;
      case OUTSIDE_PROJECT -> DiagnosticCode.EBB179;
      case BLOCKED_ADDRESS -> DiagnosticCode.EBB180;
      case HEADER_VALUE -> DiagnosticCode.EBB181;
      case TEMPLATE_PARTIAL -> DiagnosticCode.EBB182;
    };
  }
}
