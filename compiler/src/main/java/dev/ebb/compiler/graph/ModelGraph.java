package dev.ebb.compiler.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The model DAG: which models select from which. Orders models so that each comes after the models
 * it reads, and finds reference cycles. Orders are deterministic (ties broken by name).
 */
public final class ModelGraph {

  private final Map<String, Set<String>> dependencies;
  /** Computed once: compiling each model asks for it again. */
  private final List<String> topologicalOrder;
  /** Each ordered model's index in {@link #topologicalOrder}, for sorting upstream sets. */
  private final Map<String, Integer> positions = new HashMap<>();

  private ModelGraph(Map<String, Set<String>> dependencies) {
    this.dependencies = dependencies;
    this.topologicalOrder = order(dependencies);
    topologicalOrder.forEach(model -> positions.put(model, positions.size()));
  }

  /**
   * @param dependencies for each model, the models it selects from; references to names that are
   *     not keys of the map are ignored
   */
  public static ModelGraph of(Map<String, ? extends Set<String>> dependencies) {
    Map<String, Set<String>> edges = new TreeMap<>();
    dependencies.forEach(
        (model, deps) -> {
          Set<String> known = new TreeSet<>();
          for (String dep : deps) {
            if (dependencies.containsKey(dep)) {
              known.add(dep);
            }
          }
          edges.put(model, Collections.unmodifiableSet(known));
        });
    return new ModelGraph(Collections.unmodifiableMap(edges));
  }

  public Set<String> models() {
    return dependencies.keySet();
  }

  /** The models {@code model} selects from directly. */
  public Set<String> dependencies(String model) {
    return dependencies.getOrDefault(model, Set.of());
  }

  /** Every model {@code model} reads, directly or through other models, in topological order. */
  public List<String> upstream(String model) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(dependencies(model));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (seen.add(next)) {
        todo.addAll(dependencies(next));
      }
    }
    return seen.stream().filter(positions::containsKey).sorted(Comparator.comparing(positions::get)).toList();
  }

  /**
   * Models in an order where each comes after those it selects from. Models on or behind a cycle
   * are left out: they cannot be ordered.
   */
  public List<String> topologicalOrder() {
    return topologicalOrder;
  }

  private static List<String> order(Map<String, Set<String>> dependencies) {
    Map<String, Integer> pending = new HashMap<>();
    Map<String, List<String>> readers = new HashMap<>();
    dependencies.forEach(
        (model, deps) -> {
          pending.put(model, deps.size());
          deps.forEach(dep -> readers.computeIfAbsent(dep, k -> new ArrayList<>()).add(model));
        });
    TreeSet<String> ready = new TreeSet<>();
    dependencies.forEach((model, deps) -> {
      if (deps.isEmpty()) {
        ready.add(model);
      }
    });
    List<String> order = new ArrayList<>(dependencies.size());
    while (!ready.isEmpty()) {
      String model = ready.pollFirst();
      order.add(model);
      for (String reader : readers.getOrDefault(model, List.of())) {
        if (pending.merge(reader, -1, Integer::sum) == 0) {
          ready.add(reader);
        }
      }
    }
    return Collections.unmodifiableList(order);
  }

  /**
   * Every reference cycle, each as the path of models starting at its smallest name and ending
   * before returning there ({@code [a, b]} means a -> b -> a). A model reading itself is a cycle
   * of one.
   */
  public List<List<String>> cycles() {
    List<List<String>> cycles = new ArrayList<>();
    for (Set<String> component : new StronglyConnected(dependencies).components()) {
      String first = component.iterator().next();
      if (component.size() > 1 || dependencies(first).contains(first)) {
        cycles.add(pathBack(first, component));
      }
    }
    return cycles;
  }

  /** A shortest path from {@code start} through {@code component} back to {@code start}. */
  private List<String> pathBack(String start, Set<String> component) {
    Map<String, String> parent = new TreeMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      String node = queue.poll();
      for (String dep : dependencies(node)) {
        if (dep.equals(start)) {
          List<String> path = new ArrayList<>();
          for (String at = node; at != null; at = parent.get(at)) {
            path.add(at);
          }
          Collections.reverse(path);
          return path;
        }
        if (component.contains(dep) && !parent.containsKey(dep)) {
          parent.put(dep, node);
          queue.add(dep);
        }
      }
    }
    return List.of(start);
  }

  /** Tarjan's algorithm, iterative so that long model chains cannot overflow the stack. */
  private static final class StronglyConnected {
    private final Map<String, Set<String>> edges;
    // Visiting order comes from the sorted edges; these are only looked up.
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new HashSet<>();
    private final List<Set<String>> components = new ArrayList<>();

    StronglyConnected(Map<String, Set<String>> edges) {
      this.edges = edges;
    }

    List<Set<String>> components() {
      for (String node : edges.keySet()) {
        if (!index.containsKey(node)) {
          visit(node);
        }
      }
      return components;
    }

    private void visit(String root) {
      Deque<Map.Entry<String, java.util.Iterator<String>>> work = new ArrayDeque<>();
      open(root, work);
      while (!work.isEmpty()) {
        Map.Entry<String, java.util.Iterator<String>> frame = work.peek();
        String node = frame.getKey();
        if (frame.getValue().hasNext()) {
          String next = frame.getValue().next();
          if (!index.containsKey(next)) {
            open(next, work);
          } else if (onStack.contains(next)) {
            low.put(node, Math.min(low.get(node), index.get(next)));
          }
          continue;
        }
        work.pop();
        if (!work.isEmpty()) {
          String caller = work.peek().getKey();
          low.put(caller, Math.min(low.get(caller), low.get(node)));
        }
        if (low.get(node).equals(index.get(node))) {
          Set<String> component = new TreeSet<>();
          String member;
          do {
            member = stack.pop();
            onStack.remove(member);
            component.add(member);
          } while (!member.equals(node));
          components.add(component);
        }
      }
    }

    private void open(String node, Deque<Map.Entry<String, java.util.Iterator<String>>> work) {
      index.put(node, index.size());
      low.put(node, index.get(node));
      stack.push(node);
      onStack.add(node);
      work.push(Map.entry(node, edges.getOrDefault(node, Set.of()).iterator()));
    }
  }
}
