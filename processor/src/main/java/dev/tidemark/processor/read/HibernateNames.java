package dev.tidemark.processor.read;

import dev.tidemark.runtime.schema.PostgresNames;

/**
 * Names as PostgreSQL stores them after Hibernate's DDL. Hibernate writes names unquoted unless the
 * mapping quotes them (with backticks or double quotes), and PostgreSQL folds unquoted names to
 * lower case: {@code tradeDate} is stored as {@code tradedate}, {@code `Order`} as {@code Order}.
 */
final class HibernateNames {

  private HibernateNames() {}

  static String stored(String mappedName) {
    String name = mappedName.trim();
    boolean quoted = name.length() > 2
        && ((name.startsWith("`") && name.endsWith("`")) || (name.startsWith("\"") && name.endsWith("\"")));
    String stored = quoted ? name.substring(1, name.length() - 1) : foldUnquoted(name);
    return PostgresNames.truncate(stored);
  }

  /** PostgreSQL folds only ASCII letters of unquoted names (its downcase_identifier). */
  private static String foldUnquoted(String name) {
    StringBuilder folded = new StringBuilder(name.length());
    for (char c : name.toCharArray()) {
      folded.append(c >= 'A' && c <= 'Z' ? Character.toLowerCase(c) : c);
    }
    return folded.toString();
  }
}
