package dev.ebb.engine.plan;

import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.graph.ModifiedSyncs;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.Sync;
import dev.ebb.compiler.project.ProjectLoader;
import dev.ebb.compiler.project.git.GitTreeProjectSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What changed in the definitions against a git ref ({@code ebb plan --state REF}): why each
 * modified sync counts as modified, the new syncs, and the syncs the working tree removed.
 */
public record DefinitionChanges(String ref, Map<String, List<String>> reasons, SortedSet<String> added, SortedSet<String> removed) {

  public DefinitionChanges {
    reasons = Map.copyOf(reasons);
    added = new TreeSet<>(added);
    removed = new TreeSet<>(removed);
  }

  /**
   * @param modified what {@code --state} selection compared (reasons and new syncs)
   * @return empty when the ref cannot be read (selection has already reported why)
   */
  public static Optional<DefinitionChanges> of(Path root, String ref, ModifiedSyncs modified, Project current) {
    try {
      Optional<GitTreeProjectSource> source = GitTreeProjectSource.open(root, ref, new Diagnostics());
      if (source.isEmpty()) {
        return Optional.empty();
      }
      try (GitTreeProjectSource atRef = source.get()) {
        // Problems in the old definitions are not the plan's concern: only their names matter here.
        Project old = new ProjectLoader().load(atRef, new Diagnostics());
        SortedSet<String> removed = new TreeSet<>();
        for (Sync sync : old.syncs()) {
          if (current.sync(sync.name()).isEmpty()) {
            removed.add(sync.name());
          }
        }
        return Optional.of(new DefinitionChanges(ref, modified.reasons(), modified.added(), removed));
      }
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
