package dev.tidemark.processor.read;

import dev.tidemark.runtime.schema.PostgresNames;

/**
 * A table, column, schema or sequence name as Hibernate writes it into its DDL: the text, and
 * whether Hibernate quotes it. Tidemark's own type, so that only {@link Naming} sees Hibernate's.
 *
 * @param text the name without quotes
 * @param quoted whether Hibernate writes it quoted, keeping its case
 */
record PhysicalName(String text, boolean quoted) {

  /** The name PostgreSQL stores: folded to lower case unless quoted, cut to 63 bytes. */
  String stored() {
    return PostgresNames.truncate(quoted ? text : foldUnquoted(text));
  }

  /** PostgreSQL folds only the ASCII letters of unquoted names (its downcase_identifier). */
  private static String foldUnquoted(String name) {
    StringBuilder folded = new StringBuilder(name.length());
    for (char c : name.toCharArray()) {
      folded.append(c >= 'A' && c <= 'Z' ? Character.toLowerCase(c) : c);
    }
    return folded.toString();
  }
}
