package dev.tidemark.runtime.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Named things (constraints, indexes) before and after, matched: kept when name and definition
 * are equal, renamed when only the name differs, else removed and added.
 */
record Matching<T>(List<T> removed, List<Rename> renamed, List<T> added) {

  record Rename(String from, String to) {}

  static <T> Matching<T> of(List<T> before, List<T> after, Function<T, String> name, Function<T, Object> definition) {
    List<T> removed = new ArrayList<>();
    List<T> added = new ArrayList<>();
    for (T old : before) {
      if (after.stream().noneMatch(candidate -> same(old, candidate, name, definition))) {
        removed.add(old);
      }
    }
    for (T fresh : after) {
      if (before.stream().noneMatch(candidate -> same(candidate, fresh, name, definition))) {
        added.add(fresh);
      }
    }
    List<Rename> renamed = new ArrayList<>();
    for (T old : List.copyOf(removed)) {
      added.stream()
          .filter(fresh -> definition.apply(fresh).equals(definition.apply(old)))
          .filter(fresh -> before.stream().noneMatch(existing -> name.apply(existing).equals(name.apply(fresh))))
          .findFirst()
          .ifPresent(fresh -> {
            renamed.add(new Rename(name.apply(old), name.apply(fresh)));
            removed.remove(old);
            added.remove(fresh);
          });
    }
    return new Matching<>(removed, renamed, added);
  }

  private static <T> boolean same(T left, T right, Function<T, String> name, Function<T, Object> definition) {
    return name.apply(left).equals(name.apply(right)) && definition.apply(left).equals(definition.apply(right));
  }
}
