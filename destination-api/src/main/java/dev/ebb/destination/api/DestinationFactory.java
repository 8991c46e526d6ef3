package dev.ebb.destination.api;

import java.util.List;

/** Entry point of a destination type, found with {@link java.util.ServiceLoader}. */
public interface DestinationFactory {

  /** The {@code type:} in {@code destinations/*.yml}, e.g. {@code webhook}. */
  String type();

  /** A one-line description for docs and {@code ebb init}. */
  String description();

  /** Every config key: type, default, docs, secret flag. */
  ConfigSpec configSpec();

  /** Modes, objects and limits, known without any I/O (used by offline validation). */
  Capabilities capabilities();

  /**
   * Checks a config beyond what {@link ConfigSpec#check} already does (e.g. a URL that does not
   * parse). No I/O. Values may still hold unresolved {@code {{env.NAME}}} references, which must
   * be accepted for any key.
   */
  List<ConfigProblem> validate(DestinationConfig config);

  /**
   * Checks an object name a sync writes to, for types that accept any name ({@link
   * Capabilities#objects()} empty): e.g. a file destination's object becomes a folder name. No I/O.
   * The problems' keys are ignored: they concern the sync's {@code object:}.
   */
  default List<ConfigProblem> validateObject(String object) {
    return List.of();
  }

  /** Opens a connection with a resolved config. */
  Destination open(DestinationConfig config, DestinationContext context) throws DestinationException;
}
