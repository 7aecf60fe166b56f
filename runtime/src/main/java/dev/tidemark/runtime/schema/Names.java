package dev.tidemark.runtime.schema;

import java.util.List;

/** Small helpers for lists of names. */
final class Names {

  private Names() {}

  static List<String> replace(List<String> names, String from, String to) {
    return names.stream().map(name -> name.equals(from) ? to : name).toList();
  }
}
