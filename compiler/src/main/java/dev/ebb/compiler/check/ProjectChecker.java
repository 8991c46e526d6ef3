package dev.ebb.compiler.check;

import dev.ebb.compiler.destination.DestinationTypes;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.model.Destination;
import dev.ebb.compiler.model.Model;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.Sync;
import dev.ebb.compiler.sql.SqlAnalysis;
import dev.ebb.destination.api.DestinationFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * The checks that need the whole project: references between definitions, destination configs,
 * and syncs against their model's output and their destination's capabilities. A model absent
 * from the SQL analysis already has its errors reported, so column checks skip it.
 */
public final class ProjectChecker {

  private final DestinationTypes types;
  private final ReferenceCheck references = new ReferenceCheck();
  private final DestinationConfigCheck destinationConfigs;
  private final SyncColumnsCheck syncColumns = new SyncColumnsCheck();
  private final SyncDestinationCheck syncDestinations = new SyncDestinationCheck();
  private final ModelPropertiesCheck modelProperties = new ModelPropertiesCheck();

  public ProjectChecker(DestinationTypes types) {
    this.types = types;
    this.destinationConfigs = new DestinationConfigCheck(types);
  }

  public void check(Project project, SqlAnalysis analysis, Diagnostics diagnostics) {
    references.check(project, diagnostics);
    for (Destination destination : project.destinations()) {
      destinationConfigs.check(destination, diagnostics);
    }
    for (Model model : project.models()) {
      if (model.properties() != null) {
        analysis.model(model.name())
            .ifPresent(analyzed -> modelProperties.check(model.properties(), new OutputColumns(analyzed), diagnostics));
      }
    }
    // Looked up once per sync: a scan of the project's lists per sync is quadratic.
    Map<String, Model> models = new HashMap<>();
    project.models().forEach(m -> models.put(m.name(), m));
    Map<String, Destination> destinations = new HashMap<>();
    project.destinations().forEach(d -> destinations.put(d.name(), d));
    for (Sync sync : project.syncs()) {
      Model model = sync.model() == null ? null : models.get(sync.model());
      OutputColumns columns =
          model == null ? null : analysis.model(model.name()).map(OutputColumns::new).orElse(null);
      syncColumns.check(sync, model, columns, diagnostics);
      Destination destination = sync.destination() == null ? null : destinations.get(sync.destination());
      DestinationFactory factory =
          destination == null || destination.type() == null ? null : types.find(destination.type()).orElse(null);
      if (factory != null) {
        syncDestinations.check(sync, factory, columns, diagnostics);
      }
    }
  }
}
