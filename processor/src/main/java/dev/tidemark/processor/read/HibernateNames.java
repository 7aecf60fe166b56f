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
    String stored = quoted(name) ? name.substring(1, name.length() - 1) : foldUnquoted(name);
    return PostgresNames.truncate(stored);
  }

  /** A mapped name with {@code suffix} appended, inside the quotes if it is quoted, as Hibernate derives names. */
  static String withSuffix(String mappedName, String suffix) {
    String name = mappedName.trim();
    return quoted(name) ? name.substring(0, name.length() - 1) + suffix + name.charAt(0) : name + suffix;
  }

  private static boolean quoted(String name) {
    return name.length() > 2
        && ((name.startsWith("`") && name.endsWith("`")) || (name.startsWith("\"") && name.endsWith("\"")));
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
