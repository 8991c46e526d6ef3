package dev.ebb.compiler.graph;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.diagnostic.Suggestions;
import dev.ebb.compiler.model.Destination;
import dev.ebb.compiler.model.Model;
import dev.ebb.compiler.model.ModelProperties;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.Schedule;
import dev.ebb.compiler.model.Sync;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Evaluates {@code --select}/{@code --exclude} against a project, the dbt way: selectors are
 * united, exclusions removed, no selector means every sync. {@code +} follows {@code after:}
 * schedules. Selectors that are malformed or name nothing are EBB190 diagnostics.
 */
public final class SyncSelection {

  /** Where selection diagnostics point: the command line, not a project file. */
  public static final SourceLocation COMMAND_LINE = SourceLocation.of("<command line>");

  private final Project project;
  private final ModifiedSyncs state;

  /** Without {@code --state}: {@code state:} selectors are diagnostics. */
  public SyncSelection(Project project) {
    this(project, null);
  }

  public SyncSelection(Project project, ModifiedSyncs state) {
    this.project = project;
    this.state = state;
  }

  /** Each argument may hold several selectors separated by spaces. */
  public Selection select(List<String> select, List<String> exclude, Diagnostics diagnostics) {
    List<SyncSelector> included = parseAll(select, diagnostics);
    List<SyncSelector> excluded = parseAll(exclude, diagnostics);
    Set<String> names = new LinkedHashSet<>();
    if (included.isEmpty() && select.stream().allMatch(String::isBlank)) {
      project.syncs().forEach(s -> names.add(s.name()));
    }
    included.forEach(selector -> names.addAll(evaluate(selector, diagnostics)));
    excluded.forEach(selector -> names.removeAll(evaluate(selector, diagnostics)));
    return new Selection(project.syncs().stream().filter(s -> names.contains(s.name())).toList());
  }

  private static List<SyncSelector> parseAll(List<String> arguments, Diagnostics diagnostics) {
    return arguments.stream()
        .flatMap(argument -> Stream.of(argument.strip().split("\\s+")))
        .filter(text -> !text.isEmpty())
        .flatMap(text -> SelectorParser.parse(text, COMMAND_LINE, diagnostics).stream())
        .toList();
  }

  private Set<String> evaluate(SyncSelector selector, Diagnostics diagnostics) {
    Set<String> matched =
        switch (selector.kind()) {
          case NAME -> byName(selector, "sync", syncNames(), s -> List.of(s.name()), diagnostics);
          case MODEL -> byName(selector, "model", modelNames(), s -> List.of(s.model()), diagnostics);
          case DESTINATION ->
              byName(selector, "destination", destinationNames(), s -> List.of(s.destination()), diagnostics);
          case TAG -> byName(selector, "tag", allTags(), this::tags, diagnostics);
          case STATE -> byState(selector, diagnostics);
        };
    Set<String> result = new LinkedHashSet<>(matched);
    if (selector.upstream()) {
      matched.forEach(name -> result.addAll(follow(name, runsAfter())));
    }
    if (selector.downstream()) {
      matched.forEach(name -> result.addAll(follow(name, runBefore())));
    }
    return result;
  }

  /** Syncs whose {@code attribute} matches; reports names that exist nowhere in the project. */
  private Set<String> byName(
      SyncSelector selector,
      String noun,
      Collection<String> known,
      Function<Sync, List<String>> attribute,
      Diagnostics diagnostics) {
    if (known.stream().noneMatch(selector::matchesName)) {
      diagnostics.error(
          DiagnosticCode.EBB190,
          COMMAND_LINE,
          "selector '" + selector.text() + "' matches no " + noun + " named '" + selector.value() + "'",
          hintFor(selector, known));
      return Set.of();
    }
    Set<String> matched = new LinkedHashSet<>();
    for (Sync sync : project.syncs()) {
      if (attribute.apply(sync).stream().anyMatch(selector::matchesName)) {
        matched.add(sync.name());
      }
    }
    if (matched.isEmpty()) {
      diagnostics.warning(
          DiagnosticCode.EBB190, COMMAND_LINE, "selector '" + selector.text() + "' selects no syncs");
    }
    return matched;
  }

  private String hintFor(SyncSelector selector, Collection<String> known) {
    if (selector.kind() == SyncSelector.Kind.NAME) {
      for (SyncSelector.Kind other : List.of(SyncSelector.Kind.MODEL, SyncSelector.Kind.DESTINATION)) {
        List<String> names = other == SyncSelector.Kind.MODEL ? modelNames() : destinationNames();
        if (names.stream().anyMatch(selector::matchesName)) {
          return "'" + selector.value() + "' is a " + other.prefix() + ": select its syncs with "
              + other.prefix() + ":" + selector.value();
        }
      }
    }
    return Suggestions.didYouMean(selector.value(), known);
  }

  private Set<String> byState(SyncSelector selector, Diagnostics diagnostics) {
    if (state == null) {
      diagnostics.error(
          DiagnosticCode.EBB190,
          COMMAND_LINE,
          "selector '" + selector.text() + "' needs a git ref to compare with",
          "add --state REF, e.g. --state main or --state HEAD~1");
      return Set.of();
    }
    return selector.value().equals("new") ? state.added() : state.modified();
  }

  private List<String> syncNames() {
    return project.syncs().stream().map(Sync::name).toList();
  }

  private List<String> modelNames() {
    return project.models().stream().map(Model::name).toList();
  }

  private List<String> destinationNames() {
    return project.destinations().stream().map(Destination::name).toList();
  }

  /** A sync's own tags and its model's. */
  private List<String> tags(Sync sync) {
    List<String> tags = new ArrayList<>(sync.tags());
    project.model(sync.model()).flatMap(Model::describedBy).ifPresent(p -> tags.addAll(p.tags()));
    return tags;
  }

  private SortedSet<String> allTags() {
    SortedSet<String> tags = new TreeSet<>();
    project.syncs().forEach(s -> tags.addAll(s.tags()));
    project.models().stream()
        .map(Model::describedBy)
        .flatMap(java.util.Optional::stream)
        .map(ModelProperties::tags)
        .forEach(tags::addAll);
    return tags;
  }

  /** Sync name to the syncs it runs after ({@code schedule: {after: x}}). */
  private Map<String, List<String>> runsAfter() {
    Map<String, List<String>> edges = new HashMap<>();
    for (Sync sync : project.syncs()) {
      if (sync.schedule() instanceof Schedule.After after) {
        edges.computeIfAbsent(sync.name(), k -> new ArrayList<>()).add(after.sync());
      }
    }
    return edges;
  }

  /** Sync name to the syncs that run after it. */
  private Map<String, List<String>> runBefore() {
    Map<String, List<String>> edges = new HashMap<>();
    runsAfter().forEach((sync, befores) -> befores.forEach(
        before -> edges.computeIfAbsent(before, k -> new ArrayList<>()).add(sync)));
    return edges;
  }

  /** Everything reachable from {@code start}; safe on cycles (they are diagnostics elsewhere). */
  private static Set<String> follow(String start, Map<String, List<String>> edges) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> pending = new ArrayDeque<>(List.of(start));
    while (!pending.isEmpty()) {
      for (String next : edges.getOrDefault(pending.pop(), List.of())) {
        if (seen.add(next)) {
          pending.push(next);
        }
      }
    }
    return seen;
  }
}
