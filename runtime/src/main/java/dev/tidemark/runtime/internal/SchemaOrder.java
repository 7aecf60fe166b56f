package dev.tidemark.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The order several schemas are migrated in: each after the schemas its foreign keys reference,
 * so a referenced table exists before the key that needs it; by name where that leaves a choice.
 * A schema referenced but not among those ordered is managed elsewhere and does not constrain it.
 */
public final class SchemaOrder {

  private SchemaOrder() {}

  /**
   * The schemas of {@code references} (schema to the schemas it references), ordered; empty when
   * they reference each other in a cycle, which {@link #cycle} then names.
   */
  public static Optional<List<String>> of(Map<String, Set<String>> references) {
    Map<String, Set<String>> pending = pending(references);
    List<String> ordered = new ArrayList<>();
    while (!pending.isEmpty()) {
      Optional<String> ready = pending.entrySet().stream()
          .filter(entry -> entry.getValue().isEmpty()).map(Map.Entry::getKey).findFirst();
      if (ready.isEmpty()) {
        return Optional.empty();
      }
      ordered.add(ready.get());
      pending.remove(ready.get());
      pending.values().forEach(referenced -> referenced.remove(ready.get()));
    }
    return Optional.of(ordered);
  }

  /** A cycle of schemas that reference each other, first by name, each referencing the next; empty if none. */
  public static List<String> cycle(Map<String, Set<String>> references) {
    Map<String, Set<String>> pending = pending(references);
    boolean removed = true;
    while (removed) {
      List<String> free = pending.entrySet().stream()
          .filter(entry -> entry.getValue().isEmpty()).map(Map.Entry::getKey).toList();
      removed = !free.isEmpty();
      free.forEach(pending::remove);
      pending.values().forEach(referenced -> referenced.removeAll(free));
    }
    if (pending.isEmpty()) {
      return List.of();
    }
    // Every schema left references another one left: walking the first references must come back.
    List<String> walk = new ArrayList<>();
    String schema = pending.keySet().iterator().next();
    while (!walk.contains(schema)) {
      walk.add(schema);
      schema = pending.get(schema).iterator().next();
    }
    return List.copyOf(walk.subList(walk.indexOf(schema), walk.size()));
  }

  /** Each schema with the other ordered schemas it references, sorted. */
  private static Map<String, Set<String>> pending(Map<String, Set<String>> references) {
    Map<String, Set<String>> pending = new TreeMap<>();
    references.forEach((schema, referenced) -> {
      Set<String> known = new TreeSet<>(referenced);
      known.retainAll(references.keySet());
      known.remove(schema);
      pending.put(schema, known);
    });
    return pending;
  }
}
